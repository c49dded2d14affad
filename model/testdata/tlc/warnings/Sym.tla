---- MODULE Sym ----
EXTENDS Naturals, TLC
CONSTANT A, B
VARIABLE x
Init == x \in A
Next == x' \in A
Spec == Init /\ [][Next]_x /\ WF_x(Next)
SymAB == Permutations(A) \cup Permutations(B)
CInv == TRUE
SProp == x \in A
Live == <>(x \in A)
====
