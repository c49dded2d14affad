---- MODULE InstNested ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
I == INSTANCE SA WITH b <- 2, v <- x
Init == x = I!J!Val
Next == UNCHANGED x
====
