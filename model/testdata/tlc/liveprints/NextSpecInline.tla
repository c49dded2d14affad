---- MODULE NextSpecInline ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Spec == Init /\ [][x' = 1 \/ 2]_x
====
