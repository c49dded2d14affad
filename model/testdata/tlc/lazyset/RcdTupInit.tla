---- MODULE RcdTupInit ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = {[a |-> 1], <<1>>}
Next == x' = x
Inv == TRUE
====
