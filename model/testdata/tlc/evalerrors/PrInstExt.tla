---- MODULE PrInstExt ----
\* An instance defined in an extended module: its definitions evaluated at load.
EXTENDS Naturals, TLC, PrB
VARIABLE x
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 2 /\ I!E
====
