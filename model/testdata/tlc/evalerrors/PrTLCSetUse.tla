---- MODULE PrTLCSetUse ----
\* A constant definition printing, then setting a register: printed at load, then at each use.
EXTENDS Naturals, TLC
VARIABLE x
D == PrintT("d") /\ TLCSet(1, 5)
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ D /\ PrintT(TLCGet(1))
====
