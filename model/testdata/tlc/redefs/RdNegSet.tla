---- MODULE RdNegSet ----
EXTENDS Naturals
VARIABLE x
-. a == {a}
Init == x = -(-3)
Next == UNCHANGED x
Inv == x = 3
====
