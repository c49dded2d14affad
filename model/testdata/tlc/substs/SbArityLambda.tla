---- MODULE SbArityLambda ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SbM2 WITH F <- LAMBDA a, b : a, K <- 1
Init == x = 0
Next == UNCHANGED x
====
