---- MODULE PrTLCSetChain ----
\* E uses D, which sets a register: D and E each fail at load after printing "d".
EXTENDS Naturals, TLC
VARIABLE x
D == PrintT("d") /\ TLCSet(1, 5)
E == D /\ PrintT("e")
Init == x = 0 /\ E
Next == x' = (x + 1) % 2
====
