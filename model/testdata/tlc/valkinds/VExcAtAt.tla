---- MODULE VExcAtAt ----
EXTENDS Naturals, Sequences, TLC, Bags
VARIABLE x
Init == x = (1:>1 @@ 2:>2)
Next == x' = [x EXCEPT !["c"] = 2]
====
