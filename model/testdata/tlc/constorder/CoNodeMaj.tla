---- MODULE CoNodeMaj ----
EXTENDS Naturals, FiniteSets
CONSTANTS Node, Majority
VARIABLE x
Init == x = 0
Next == x' = x
====
