---- MODULE DisjLeft ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == \/ x = 0
        \/ x =
  1
Next == x' = x
====
