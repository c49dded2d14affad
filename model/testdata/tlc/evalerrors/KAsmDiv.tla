---- MODULE KAsmDiv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
ASSUME 1 \div 0 = 1
Init == x = 0
Next == x' = x
====
