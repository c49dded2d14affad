---- MODULE Str ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = "abc
Next == x' = IF x = Max THEN 0 ELSE x + 1
TypeOK == x \in 0..Max
====
