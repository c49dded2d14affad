---- MODULE OpBodyInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(f) == f[1] = 2
Init == x = 0 /\ P(<<>>)
Next == UNCHANGED x
====
