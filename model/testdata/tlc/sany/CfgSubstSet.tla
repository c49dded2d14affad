---- MODULE CfgSubstSet ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
====
