---- MODULE ParenNoOperand ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = (x + )
Next == x' = x
====
