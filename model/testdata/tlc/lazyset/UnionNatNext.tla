---- MODULE UnionNatNext ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = UNION {Nat}
Inv == TRUE
====
