---- MODULE AssumeOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
ASSUME Max \in (1..2
Init == x = 0
====
