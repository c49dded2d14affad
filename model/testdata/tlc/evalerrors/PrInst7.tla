---- MODULE PrInst7 ----
\* An instance whose definitions are never used: printed at load all the same.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIM
Init == x = 0
Next == x' = (x + 1) % 3
====
