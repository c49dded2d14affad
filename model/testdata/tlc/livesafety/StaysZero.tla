---- MODULE StaysZero ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == [](x = 0 => [](x = 0))
====
