---- MODULE OpArgsOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Op(a) == a
Init == x = Op(1, 
Next == x' = x
====
