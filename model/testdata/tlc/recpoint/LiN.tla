---- MODULE LiN ----
EXTENDS Naturals
CONSTANT C
VARIABLE u
M == INSTANCE LiM WITH K <- C, w <- u
H == M!F
HG(n) == M!G(n)
====
