---- MODULE Leads ----
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 5}
Next == x' = (x + 1) % 8
Spec == Init /\ [][Next]_x
P == [](x = 2 => [](x > 1))
====
