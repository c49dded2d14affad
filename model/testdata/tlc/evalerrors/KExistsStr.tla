---- MODULE KExistsStr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = IF \E n \in "a" : TRUE THEN 1 ELSE 2
====
