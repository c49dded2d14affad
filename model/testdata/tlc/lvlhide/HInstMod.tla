---- MODULE HInstMod ----
EXTENDS Naturals, TLC
Ap(F(_)) == F(0)
E == Ap(LAMBDA v : TLCGet("level")) < 3
====
