---- MODULE LiDefN ----
EXTENDS Naturals, TLC
VARIABLE v
I == INSTANCE LiM WITH K <- 5, w <- v
J(p) == INSTANCE LiM WITH K <- 5, w <- p
N == INSTANCE LiN WITH C <- 7, u <- v
Ap(h) == h[0]
ASSUME TLCSet(1, 0)
D == I!F
Init == v = 0
Next == v' = (D[0] + v) % 3
Inv == TLCGet(1) < 20
====
