---- MODULE HOpArgExpr ----
EXTENDS Naturals
VARIABLE x
Foo(G(_)) == G(1)
A == Foo(1)
Init == x = 0
Next == x' = x
====
