---- MODULE InstParamInv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(b) == INSTANCE SInst
Inv == P(x)!Val = 1
Init == x = 0
Next == UNCHANGED x
====
