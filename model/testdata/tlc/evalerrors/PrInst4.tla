---- MODULE PrInst4 ----
\* An unnamed INSTANCE of a module without parameters: printed once, on its own.
EXTENDS Naturals, TLC
VARIABLE x
INSTANCE PrIM
Init == x = 0 /\ D
Next == x' = (x + 1) % 3 /\ E
====
