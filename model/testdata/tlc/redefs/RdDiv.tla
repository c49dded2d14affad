---- MODULE RdDiv ----
EXTENDS Integers
VARIABLE v
a \div b == a + b
Init == v = 0
Next == v' = (v + 1) % 3
Ok == (v \div 1) = v + 1 - 0
Bad == v \div 1 = 1
====
