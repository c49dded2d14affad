---- MODULE InstStep ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
I == INSTANCE SA WITH b <- 2, v <- x
Init == x = 0
Next == I!Step
====
