---- MODULE ShadowCopiesIn ----
EXTENDS Bags, Naturals
VARIABLE x
Init == x = SetToBag({1, 2})
Next == UNCHANGED x
Inv == CopiesIn(1, x) < 2
====
