---- MODULE UnionNatDef ----
EXTENDS Naturals
S == UNION {Nat, {1}}
VARIABLE x
Init == x = 0
Next == x' = x
Inv == 1 \in S
====
