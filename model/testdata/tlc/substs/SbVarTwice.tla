---- MODULE SbVarTwice ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SbM WITH K <- 1, x <- x, x <- 3
Init == x = 0
Next == UNCHANGED x
====
