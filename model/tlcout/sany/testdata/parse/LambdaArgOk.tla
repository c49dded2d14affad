---- MODULE LambdaArgOk ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
F(G(_)) == G(1)
Foo == F(LAMBDA a : (a)
====
