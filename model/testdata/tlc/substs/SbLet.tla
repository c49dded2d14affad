---- MODULE SbLet ----
EXTENDS Naturals
VARIABLE x
P(a) == INSTANCE SbM WITH K <- a, K <- 1
Foo == LET I == INSTANCE SbM WITH K <- 1, w <- 2 IN 1
Init == x = 0
Next == UNCHANGED x
====
