---- MODULE TPrintErr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
C == PrintT(1 \div 0)
Init == x = 0
Next == x' = x
====
