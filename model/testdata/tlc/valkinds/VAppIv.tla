---- MODULE VAppIv ----
EXTENDS Naturals, Sequences, TLC, Bags
VARIABLE x
Init == x = [i \in 1..2 |-> 1]
Next == x' = x["c"]
====
