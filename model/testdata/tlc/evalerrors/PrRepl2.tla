---- MODULE PrRepl2 ----
\* Z <- Over used in an invariant: printed at each evaluation of the invariant.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == PrintT("o")
Init == x = 0
Next == x' = (x + 1) % 3
Inv == Z /\ x < 5
====
