---- MODULE PrInvFalse ----
\* A printing invariant equal to FALSE: printed at load, then TLC refuses it.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == PrintT("x") /\ FALSE
====
