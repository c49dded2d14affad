---- MODULE BagUnionFine ----
EXTENDS Naturals, Bags
VARIABLE x
Init == x = 0
Next == x' = x
Inv == BagUnion({(1 :> 2), (2 :> 1)}) = (1 :> 2) @@ (2 :> 1)
====
