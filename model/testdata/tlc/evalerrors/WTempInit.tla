---- MODULE WTempInit ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
P == <>(x[1] = 0)
====
