---- MODULE InstUnnamed ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
INSTANCE SInst WITH b <- 2
Init == x = Val
Next == UNCHANGED x
====
