---- MODULE RdRealsUnused ----
EXTENDS Reals
VARIABLE v
Half == 1 / 2
Init == v = 0
Next == v' = (v + 1) % 3
Ok == v \in Nat
Bad == v < 2
====
