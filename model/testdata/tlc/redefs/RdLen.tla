---- MODULE RdLen ----
EXTENDS Naturals, Sequences
VARIABLE v
Len(s) == 7
Init == v = 0
Next == v' = (v + 1) % 3
Ok == Len(v) = 7
Bad == Len(v) = v
====
