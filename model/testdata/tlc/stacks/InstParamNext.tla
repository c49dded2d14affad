---- MODULE InstParamNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(b) == INSTANCE SInst
Init == x = 0
Next == x' = P(x)!Val
====
