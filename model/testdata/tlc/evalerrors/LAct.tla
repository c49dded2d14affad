---- MODULE LAct ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == []<><<x' > x /\ x[1] = 0>>_x
====
