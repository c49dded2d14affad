---- MODULE ForallNoColon ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == \A i \in 1..2 x = i
Next == x' = x
====
