---- MODULE CovInitPrint ----
EXTENDS Naturals, TLC
CONSTANT K
VARIABLE x
Init == x \in {1, 2}
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
TestSpec == PrintT(K + 1) /\ Spec /\ K > 0
\* PrintT(K + 1), Init and K > 0 are three initial predicates; the unnamed ones are labelled Action.
====
