---- MODULE ChooseNoColon ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = CHOOSE i \in 1..2 i > 0
Next == x' = x
====
