---- MODULE ConstDecl ----
EXTENDS Naturals
CONSTANT K
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
P(a) == x < a
====
