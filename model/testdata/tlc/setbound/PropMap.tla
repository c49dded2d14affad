---- MODULE PropMap ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
P == []({i : i \in 1..20} # {})
====
