---- MODULE HMod ----
EXTENDS Naturals
CONSTANT Op(_), c
Val == Op(0)
Val2 == c < 2
====
