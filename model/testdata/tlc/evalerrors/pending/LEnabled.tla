---- MODULE LEnabled ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == []<>(x > 0 => ENABLED (x' = x[1]))
====
