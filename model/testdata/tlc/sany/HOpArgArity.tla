---- MODULE HOpArgArity ----
EXTENDS Naturals
VARIABLE x
Foo(G(_)) == G(1)
H(a, b) == a
A == Foo(H)
Init == x = 0
Next == x' = x
====
