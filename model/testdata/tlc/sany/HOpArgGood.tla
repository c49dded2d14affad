---- MODULE HOpArgGood ----
EXTENDS Naturals
VARIABLE x
Foo(G(_)) == G(1)
H(a) == a
Init == x = Foo(H) - 1 /\ x = Foo(LAMBDA a : a - 1)
Next == x' = x
====
