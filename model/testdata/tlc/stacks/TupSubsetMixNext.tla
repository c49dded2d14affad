---- MODULE TupSubsetMixNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = <<SUBSET {1, "a"}>>
====
