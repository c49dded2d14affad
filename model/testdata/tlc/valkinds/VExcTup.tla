---- MODULE VExcTup ----
EXTENDS Naturals, Sequences, TLC, Bags
VARIABLE x
Init == x = <<1,1>>
Next == x' = [x EXCEPT !["c"] = 2]
====
