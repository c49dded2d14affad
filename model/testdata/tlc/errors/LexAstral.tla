---- MODULE LexAstral ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0 😀
Next == x' = IF x = Max THEN 0 ELSE x + 1
TypeOK == x \in 0..Max
====
