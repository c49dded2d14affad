---- MODULE PrTLCSetReset ----
\* A definition setting a register is no value: each use sets it again.
EXTENDS Naturals, TLC
VARIABLE x
D == TLCSet(1, 5)
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ TLCSet(1, TLCGet(1) + 1) /\ D /\ PrintT(TLCGet(1))
====
