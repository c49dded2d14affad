---- MODULE Unicode ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x ∈ (1‥2
Next == x' = x
====
