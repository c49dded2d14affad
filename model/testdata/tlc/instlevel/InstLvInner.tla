---- MODULE InstLvInner ----
EXTENDS Naturals
CONSTANT K, F(_)
VARIABLE x
Val == K + x
App(a) == F(a) + K
====
