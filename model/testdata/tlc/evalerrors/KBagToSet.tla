---- MODULE KBagToSet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = BagToSet(3)
====
