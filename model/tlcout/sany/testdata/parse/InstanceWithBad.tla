---- MODULE InstanceWithBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
I == INSTANCE Naturals WITH
Init == x = 0
====
