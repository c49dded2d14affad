---- MODULE DInitInv ----
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 5}
Next == x' = x + 1
Inv == x < 5
====
