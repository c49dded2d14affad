---- MODULE PrInst10 ----
\* I!D and I!E in an ASSUME: values from load.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIM
ASSUME I!D /\ I!E
Init == x = 0
Next == x' = (x + 1) % 3
====
