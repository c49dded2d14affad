---- MODULE PrTLCSetExit ----
\* TLCSet("exit", FALSE) at load is TRUE: the definition is a value, printing once.
EXTENDS Naturals, TLC
VARIABLE x
D == PrintT("d") /\ TLCSet("exit", FALSE) /\ PrintT("e")
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ D
====
