---- MODULE InstanceSubstNoArrow ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
INSTANCE Naturals WITH a 1
Init == x = 0
====
