---- MODULE ExistsNoColon ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == \E i \in 1..2 x = i
Next == x' = x
====
