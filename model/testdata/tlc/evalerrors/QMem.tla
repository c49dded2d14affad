---- MODULE QMem ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' \in {x[1], 2}
====
