---- MODULE LocalInstanceNoName ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
LOCAL INSTANCE
Init == x = 0
====
