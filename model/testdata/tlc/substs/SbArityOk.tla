---- MODULE SbArityOk ----
EXTENDS Naturals
VARIABLE x
G(a) == a + 1
I == INSTANCE SbM2 WITH F <- G, K <- 1
J == INSTANCE SbM2 WITH F <- LAMBDA a : a, K <- 2
Init == x = I!Op + J!Op
Next == UNCHANGED x
====
