---- MODULE SetToBagMixed ----
\* SetToBag of a set TLC cannot sort: its Java method normalises it and fails.
EXTENDS Integers, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(SetToBag({1, "a"}))
====
