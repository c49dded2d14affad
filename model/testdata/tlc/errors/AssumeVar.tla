---- MODULE AssumeVar ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
ASSUME
Init == x = 0
====
