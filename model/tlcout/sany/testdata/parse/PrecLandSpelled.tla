---- MODULE PrecLandSpelled ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0 \land x = 1 \lor x = 2
Next == x' = x
====
