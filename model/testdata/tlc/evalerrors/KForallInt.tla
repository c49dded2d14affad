---- MODULE KForallInt ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = IF \A n \in 3 : TRUE THEN 1 ELSE 2
====
