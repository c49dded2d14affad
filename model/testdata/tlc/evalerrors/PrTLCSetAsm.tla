---- MODULE PrTLCSetAsm ----
\* TLCSet in an ASSUME sets the register.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME PrintT("a") /\ TLCSet(1, 7)
Init == x = 0
Next == x' = (x + 1) % 2 /\ PrintT(TLCGet(1))
====
