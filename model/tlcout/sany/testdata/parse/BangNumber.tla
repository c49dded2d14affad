---- MODULE BangNumber ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
I == INSTANCE Naturals
Init == x = I!1
Next == x' = x
====
