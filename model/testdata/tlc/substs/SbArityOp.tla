---- MODULE SbArityOp ----
EXTENDS Naturals
VARIABLE x
G(a, b) == a
I == INSTANCE SbM2 WITH F <- G, K <- 1
Init == x = 0
Next == UNCHANGED x
====
