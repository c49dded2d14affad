---- MODULE BackslashOp ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
TypeOK == x \inn 0..Max
====
