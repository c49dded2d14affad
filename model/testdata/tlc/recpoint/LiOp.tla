---- MODULE LiOp ----
EXTENDS Naturals, TLC
VARIABLE v
I == INSTANCE LiM WITH K <- 5, w <- v
J(p) == INSTANCE LiM WITH K <- 5, w <- p
N == INSTANCE LiN WITH C <- 7, u <- v
Ap(h) == h[0]
ASSUME TLCSet(1, 0)

Init == v = 0
Next == v' = (I!G(v)[0] + 1) % 3
Inv == TLCGet(1) < 20
====
