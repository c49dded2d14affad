---- MODULE RdConcat ----
EXTENDS Naturals
VARIABLE v
a \o b == a + b
Init == v = 0
Next == v' = (v + 1) % 3
Ok == (v \o 1) = v + 1
Bad == (v \o 1) = 1
====
