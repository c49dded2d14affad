---- MODULE NBImp1 ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == x' \in {1,2} /\ (x' = 2 => 3)
Next == A \/ UNCHANGED x
====
