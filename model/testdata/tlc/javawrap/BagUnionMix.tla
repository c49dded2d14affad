---- MODULE BagUnionMix ----
EXTENDS Naturals, Bags
VARIABLE x
Init == x = 0
Next == x' = x
Inv == BagUnion({<<1>>, [a |-> 1]}) = <<>>
====
