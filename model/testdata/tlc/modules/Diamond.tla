---- MODULE Diamond ----
\* DX instantiates DY, which extends DZ; the spec instantiates DZ too and
\* extends Integers (which extends Naturals).
EXTENDS DX, Integers
VARIABLE x
Z == INSTANCE DZ
Init == x = 0
Next == x' = (x + dx + Z!dz) % 3
====
