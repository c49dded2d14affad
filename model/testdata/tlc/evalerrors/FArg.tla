---- MODULE FArg ----
EXTENDS Naturals, Sequences
VARIABLE x
F(a) == a[3]
Init == x = 0
Next == x' = F(<<1, 2>>)
====
