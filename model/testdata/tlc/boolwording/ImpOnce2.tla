---- MODULE ImpOnce2 ----
EXTENDS Naturals, TLC
VARIABLES x
Init == /\ x = 0
        /\ TLCSet(1, x)
        /\ (x = 0 => TLCSet(1, TLCGet(1) + 1 + x))
Next == UNCHANGED x
Inv == TLCGet(1) + x = 1
====
