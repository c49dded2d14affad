---- MODULE PrInvPrintFalse ----
\* Print(x, FALSE) as an invariant: printed at load, then refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == Print("x", FALSE)
====
