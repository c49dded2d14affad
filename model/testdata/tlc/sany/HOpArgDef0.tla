---- MODULE HOpArgDef0 ----
EXTENDS Naturals
VARIABLE x
Foo(G(_)) == G(1)
B == 1
A == Foo(B)
Init == x = 0
Next == x' = x
====
