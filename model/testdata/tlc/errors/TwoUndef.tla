---- MODULE TwoUndef ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == y = 0
Next == x' = IF x = Max THEN 0 ELSE z + 1
TypeOK == x \in 0..Max
====
