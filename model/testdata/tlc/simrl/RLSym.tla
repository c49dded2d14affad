---- MODULE RLSym ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT P
VARIABLES s
Init == s = [p \in P |-> 0]
Up(p) == s[p] < 2 /\ s' \in {[s EXCEPT ![p] = @ + 1], [s EXCEPT ![p] = 2]}
Down(p) == s[p] > 0 /\ s' = [s EXCEPT ![p] = 0]
Next == \E p \in P : Up(p) \/ Down(p)
Sym == Permutations(P)
====
