---- MODULE DSym ----
\* A SYMMETRY: the states are the orbits of the permutations of P.
EXTENDS Naturals, TLC
CONSTANT P
VARIABLE on
Init == on = [p \in P |-> 0]
Next == \E p \in P : on[p] < 2 /\ on' = [on EXCEPT ![p] = @ + 1]
Sym == Permutations(P)
====
