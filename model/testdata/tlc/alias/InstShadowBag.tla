---- MODULE InstShadowBag ----
a (+) b == 0
a \sqsubseteq b == FALSE
B == INSTANCE Bags
VARIABLE x
Init == x = <<B!(+)(B!SetToBag({1}), B!SetToBag({2})), B!\sqsubseteq(B!EmptyBag, B!SetToBag({1})), 1 (+) 2>>
Next == UNCHANGED x
Inv == x = <<<<>>, FALSE, 0>>
====
