---- MODULE Same ----
EXTENDS Naturals
VARIABLES x, y
A(p) == x' = p /\ y' = y
B == y' = 1 - y /\ x' = x
Init == x = 0
InitY == y = 0
Next == A(1) \/ A(2) \/ B \/ (x' = 0 /\ y' = y)
Spec == Init /\ InitY /\ [][Next]_<<x,y>>
====
