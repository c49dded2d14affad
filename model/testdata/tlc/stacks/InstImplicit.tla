---- MODULE InstImplicit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
b == 2
I == INSTANCE SInst
Init == x = I!Val
Next == UNCHANGED x
====
