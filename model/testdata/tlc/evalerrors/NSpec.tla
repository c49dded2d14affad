---- MODULE NSpec ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x < 2 /\ x' = x[1]
Next == A
Spec == Init /\ [][Next]_x
====
