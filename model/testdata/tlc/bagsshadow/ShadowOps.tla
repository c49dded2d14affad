---- MODULE ShadowOps ----
EXTENDS Bags, Naturals
VARIABLE x
Init == x = SetToBag({1, 2})
Next == x' = x (+) SetToBag({1})
Inv == BagCardinality(x) < 4
Alias == [x |-> x, in |-> BagIn(2, x), set |-> BagToSet(x), isbag |-> IsABag(x), e |-> EmptyBag]
====
