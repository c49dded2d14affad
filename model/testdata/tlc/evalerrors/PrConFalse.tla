---- MODULE PrConFalse ----
\* A printing constraint equal to FALSE.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Con == PrintT("c") /\ FALSE
====
