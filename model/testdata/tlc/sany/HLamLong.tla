---- MODULE HLamLong ----
EXTENDS Naturals
VARIABLE x
Foo(G(_)) == G(1)
A == Foo(LAMBDA a, b : a)
Init == x = 0
Next == x' = x
====
