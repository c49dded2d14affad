---- MODULE ChFcnInt ----
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = x + 1
Inv == (CHOOSE r \in [Int -> {1}] : TRUE) = 1
====
