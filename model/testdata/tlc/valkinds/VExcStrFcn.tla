---- MODULE VExcStrFcn ----
EXTENDS Naturals, Sequences, TLC, Bags
VARIABLE x
Init == x = [i \in {"a"} |-> 1]
Next == x' = [x EXCEPT ![3] = 2]
====
