---- MODULE InstNoSubst ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
I == INSTANCE SNo
Init == x = I!Val(3)
Next == UNCHANGED x
====
