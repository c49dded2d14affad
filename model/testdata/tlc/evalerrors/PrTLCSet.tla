---- MODULE PrTLCSet ----
\* TLCSet in a constant definition: done at load.
EXTENDS Naturals, TLC
VARIABLE x
D == TLCSet(1, 5)
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ PrintT(TLCGet(1))
====
