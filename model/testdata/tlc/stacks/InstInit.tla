---- MODULE InstInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
I == INSTANCE SA WITH b <- 2, v <- x
Init == I!Init0
Next == UNCHANGED x
====
