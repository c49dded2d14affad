---- MODULE LocalNoDef ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
LOCAL
Init == x = 0
====
