---- MODULE PrReplBase ----
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Init == x = 0 /\ Z
Next == x' = (x + 1) % 2 /\ Z
====
