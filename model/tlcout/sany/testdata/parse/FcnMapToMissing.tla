---- MODULE FcnMapToMissing ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = [i \in 1..2 i]
Next == x' = x
====
