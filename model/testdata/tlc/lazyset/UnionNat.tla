---- MODULE UnionNat ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = UNION {Nat}
Next == x' = x
Inv == TRUE
====
