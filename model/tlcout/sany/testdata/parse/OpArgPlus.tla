---- MODULE OpArgPlus ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
F(G(_,_)) == G(1, 2)
Init == x = F(+) + (1
Next == x' = x
====
