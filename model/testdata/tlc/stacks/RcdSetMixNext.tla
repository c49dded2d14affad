---- MODULE RcdSetMixNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [a : {1, "a"}]
====
