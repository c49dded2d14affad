---- MODULE Missing ----
\* Two modules that cannot be found: SANY looks for MissY first (ZMod
\* extends it: EXTENDS before INSTANCE), never for MissX.
EXTENDS Naturals, ZMod
VARIABLE x
X == INSTANCE MissX
Init == x = 0
Next == x' = x
====
