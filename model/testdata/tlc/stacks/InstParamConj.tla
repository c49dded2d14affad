---- MODULE InstParamConj ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(b) == INSTANCE SInst
Init == x = 0
Next == x' = 1 /\ P(x)!Val = 1
====
