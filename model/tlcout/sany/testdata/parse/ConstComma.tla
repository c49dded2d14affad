---- MODULE ConstComma ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
CONSTANT N,
Init == x = 0
====
