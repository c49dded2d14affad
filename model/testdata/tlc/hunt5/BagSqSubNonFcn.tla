---- MODULE BagSqSubNonFcn ----
EXTENDS Naturals, TLC, Bags
VARIABLE x
Init == x = <<1>>
Next == x' = IF x = <<1>> THEN 7 ELSE <<1>>
Inv == (<<1>> \sqsubseteq x)
====
