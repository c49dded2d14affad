---- MODULE SbNotTarget ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SbM WITH K <- 1, y <- 2
Init == x = 0
Next == UNCHANGED x
====
