---- MODULE UseLib2 ----
EXTENDS Naturals, Lib
Init == x = 0
Next == x' = IF x = Max THEN 0 ELSE Helper
TypeOK == x \in 0..Max
====
