---- MODULE LambdaNoColon ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
F(G(_)) == G(1)
Init == x = F(LAMBDA y y)
Next == x' = x
====
