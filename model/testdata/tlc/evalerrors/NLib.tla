---- MODULE NLib ----
EXTENDS Naturals
G(a) == a[1] + 1
H(a) == G(a) * 2
====
