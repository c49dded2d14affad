---- MODULE NOpApp ----
EXTENDS Naturals
VARIABLE x
F(a) == a[1] + 1
G(b) == 2 * F(b)
Init == x = 0
Next == x' = G(x)
====
