---- MODULE PrInst9 ----
\* I!D as an invariant: a value from load, with the constant-invariant warning.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIM
Init == x = 0
Next == x' = (x + 1) % 3
Inv == I!D
====
