---- MODULE PrimeOpArg ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
F(G(_,_)) == G(1, 2)
Init == x = F(+, )
Next == x' = x
====
