---- MODULE InstanceNoName ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
INSTANCE
Init == x = 0
====
