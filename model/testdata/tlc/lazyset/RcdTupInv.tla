---- MODULE RcdTupInv ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality({[a |-> 1], <<1>>}) = 2
====
