---- MODULE DAct ----
\* An action property violated by the step from x = 2 back to x = 0.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Up == [][x' > x]_x
====
