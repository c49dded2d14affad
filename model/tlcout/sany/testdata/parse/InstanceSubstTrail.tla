---- MODULE InstanceSubstTrail ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
INSTANCE Naturals WITH a <- 1, b
Init == x = 0
====
