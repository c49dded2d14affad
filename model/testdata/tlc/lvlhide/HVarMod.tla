---- MODULE HVarMod ----
EXTENDS Naturals, TLC
VARIABLE y
Ap(F(_)) == F(0)
Skip == Ap(LAMBDA v : IF TLCGet("level") < 3 THEN TRUE ELSE y > 100)
Read == Ap(LAMBDA v : IF TLCGet("level") < 3 THEN y > 100 ELSE TRUE)
====
