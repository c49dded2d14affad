---- MODULE CfgSubstFalse ----
EXTENDS Naturals
CONSTANT N, M
VARIABLE x
Init == x = 0 /\ N /\ TRUE \in M
Next == x' = x + 1 /\ x < 2
====
