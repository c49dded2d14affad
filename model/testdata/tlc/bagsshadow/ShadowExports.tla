---- MODULE ShadowExports ----
EXTENDS Bags
VARIABLE x
Init == x = Len(<<1, 2>>) + Cardinality({1})
Next == UNCHANGED x
Inv == x < 3
====
