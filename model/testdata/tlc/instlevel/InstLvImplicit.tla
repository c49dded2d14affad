---- MODULE InstLvImplicit ----
EXTENDS Naturals
VARIABLE v
K == 5
F(a) == a + v
x == v * 2
INSTANCE InstLvInner
Init == v = 0
Next == v' = (v + 1) % 3
Ok == Val = 5 + 2 * v
====
