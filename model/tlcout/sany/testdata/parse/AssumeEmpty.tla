---- MODULE AssumeEmpty ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
ASSUME
Init == x = 0
====
