---- MODULE TheoremEmpty ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
THEOREM
Init == x = 0
====
