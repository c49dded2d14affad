---- MODULE InstInitSpec ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SA WITH b <- 2, v <- x
Init == I!Init0
Spec == Init /\ [][UNCHANGED x]_x
====
