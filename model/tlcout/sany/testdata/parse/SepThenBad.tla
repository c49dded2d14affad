---- MODULE SepThenBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
----
)
Init == x = 0
====
