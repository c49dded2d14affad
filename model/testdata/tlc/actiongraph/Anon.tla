---- MODULE Anon ----
EXTENDS Naturals
VARIABLES x
Next == x' = (x + 1) % 3
Spec == x = 0 /\ [][Next]_x
Spec2 == x = 0 /\ [][x' = (x + 1) % 3]_x
====
