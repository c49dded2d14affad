---- MODULE PrPropFalse ----
\* A printing property equal to FALSE.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
P == PrintT("p") /\ FALSE
====
