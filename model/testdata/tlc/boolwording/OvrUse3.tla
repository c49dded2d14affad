---- MODULE OvrUse3 ----
EXTENDS Naturals, TLC
VARIABLE x
D2 == TRUE
Over == x' = 1 \/ x' = 2
Init == x = 0
Next == D2
====
