---- MODULE NBOr4 ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x' \in {1,2} /\ (IF x' = 2 THEN 3 ELSE TRUE)
====
