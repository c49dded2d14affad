---- MODULE InstTwo ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
I == INSTANCE SA WITH b <- 2, v <- x
Init == x = I!Two
Next == UNCHANGED x
====
