---- MODULE VExcNestedTup ----
EXTENDS Naturals, Sequences, TLC, Bags
VARIABLE x
Init == x = [i \in {1,2} |-> <<1,1>>]
Next == x' = [x EXCEPT ![1]["c"] = 2]
====
