---- MODULE SymColours ----
\* Each of the processes holds a value of Val or none; a step changes one.
\* All 3^3 = 27 functions [Proc -> Val \cup {none}] are reachable. The
\* symmetry tests (model/symmetry_test.go) derive TLC's counts from orbits.
EXTENDS TLC, Naturals, FiniteSets
CONSTANTS Proc, Val, none
VARIABLES g, c
Init == g = [p \in Proc |-> none] /\ c = 0
Next == \E p \in Proc, x \in Val \cup {none} :
          /\ g[p] # x
          /\ g' = [g EXCEPT ![p] = x]
          /\ c' = 1 - c
View == g
Trivial == (c = 0) ~> (c \in {0, 1})
AtMostOne == Cardinality({p \in Proc : g[p] # none}) < 2
ProcSym == Permutations(Proc)
ValSym == Permutations(Val)
BothSym == Permutations(Proc) \cup Permutations(Val)
NoneSym == Permutations({none})
====
