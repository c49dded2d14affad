---- MODULE PrInstUnnamedNested ----
\* The unnamed form of PrInstOrderNested: the same order, the definitions named bare.
EXTENDS Naturals, TLC
VARIABLE x
INSTANCE PrUM4 WITH K <- 1
Init == x = 0 /\ A /\ J1!E
Next == x' = (x + 1) % 2
====
