---- MODULE OvrUse2 ----
EXTENDS Naturals, TLC
VARIABLE x
D2 == TRUE
Over == IF PrintT("over") THEN 5 ELSE 6
Init == x = 0
Next == x' = 1 /\ D2
====
