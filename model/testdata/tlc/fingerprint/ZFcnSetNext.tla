---- MODULE ZFcnSetNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [3 -> {1}]
====
