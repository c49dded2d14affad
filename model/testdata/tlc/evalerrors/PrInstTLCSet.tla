---- MODULE PrInstTLCSet ----
\* An instance's definition setting a register: fails at load on its own and as I!D (printing twice), then sets it in Init.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrITS
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 2 /\ PrintT(TLCGet(1))
====
