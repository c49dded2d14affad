---- MODULE MXFcnRec ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = {[i \in {"a"} |-> 1], [a |-> 2]}
Next == x' = x
====
