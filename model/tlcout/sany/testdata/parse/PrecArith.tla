---- MODULE PrecArith ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 1 + 2 = 3
Next == x' = x
====
