---- MODULE PrTLCSetInv ----
\* An invariant using a definition that sets a register: both fail at load (printing), then the invariant is checked on each state.
EXTENDS Naturals, TLC
VARIABLE x
D == PrintT("d") /\ TLCSet(1, 3)
Inv == D
Init == x = 0
Next == x' = (x + 1) % 2
====
