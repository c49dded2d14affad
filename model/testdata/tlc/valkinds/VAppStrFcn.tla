---- MODULE VAppStrFcn ----
EXTENDS Naturals, Sequences, TLC, Bags
VARIABLE x
Init == x = [i \in {"a"} |-> 1]
Next == x' = x[3]
====
