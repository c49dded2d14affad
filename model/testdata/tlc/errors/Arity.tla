---- MODULE Arity ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Inc(a) == a + 1
Init == x = 0
Next == x' = IF x = Max THEN 0 ELSE Inc(x, 1)
TypeOK == x \in 0..Max
====
