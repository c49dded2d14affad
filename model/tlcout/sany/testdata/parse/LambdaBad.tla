---- MODULE LambdaBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
F(G(_)) == G(1)
Init == x = F(LAMBDA : 1)
Next == x' = x
====
