---- MODULE RdNegExtFirst ----
EXTENDS RdNegFoo, Integers
VARIABLE x
Init == x = -3
Next == UNCHANGED x
Inv == x = 3
====
