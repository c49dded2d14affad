---- MODULE ParenOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = (x + 1
TypeOK == x \in 0..Max
====
