---- MODULE PrTLCSetLoad ----
\* TLCSet of a register in an unused constant definition: what it printed before stays printed at load, the register is not set.
EXTENDS Naturals, TLC
VARIABLE x
D == PrintT("d") /\ TLCSet(1, 5)
Init == x = 0
Next == x' = (x + 1) % 2 /\ PrintT(TLCGet(1))
====
