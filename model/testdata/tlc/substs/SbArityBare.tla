---- MODULE SbArityBare ----
EXTENDS Naturals
VARIABLE x
G(a) == a
I == INSTANCE SbM2 WITH F <- G, K <- G
Init == x = 0
Next == UNCHANGED x
====
