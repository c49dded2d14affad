---- MODULE FcnSetMixNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [{1, "a"} -> {1}]
====
