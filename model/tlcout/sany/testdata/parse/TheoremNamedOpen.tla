---- MODULE TheoremNamedOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
THEOREM T == (Max > 0
Init == x = 0
====
