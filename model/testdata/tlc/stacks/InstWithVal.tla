---- MODULE InstWithVal ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
I == INSTANCE SInst WITH b <- 2
Init == x = I!Val
Next == UNCHANGED x
====
