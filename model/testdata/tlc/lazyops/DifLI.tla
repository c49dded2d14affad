---- MODULE DifLI ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 1 \ {2}
Next == x' = x
====
