---- MODULE KAsmNum ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
ASSUME 3
Init == x = 0
Next == x' = x
====
