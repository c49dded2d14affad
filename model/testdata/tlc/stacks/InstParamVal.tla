---- MODULE InstParamVal ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(b) == INSTANCE SInst
Init == x = P(2)!Val
Next == UNCHANGED x
====
