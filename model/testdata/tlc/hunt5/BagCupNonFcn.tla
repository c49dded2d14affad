---- MODULE BagCupNonFcn ----
EXTENDS Naturals, TLC, Bags
VARIABLE x
Init == x = <<1>>
Next == x' = IF x = <<1>> THEN 7 ELSE <<1>>
Inv == BagToSet(<<1>> (+) x) = {1}
====
