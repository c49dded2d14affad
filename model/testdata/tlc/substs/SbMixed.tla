---- MODULE SbMixed ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SbM WITH y <- 1, x <- x, x <- 2, z <- 3
J == INSTANCE Naturals WITH x <- 1
Init == x = 0
Next == UNCHANGED x
====
