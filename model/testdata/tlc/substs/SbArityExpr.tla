---- MODULE SbArityExpr ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE SbM2 WITH F <- 3, K <- 1
Init == x = 0
Next == UNCHANGED x
====
