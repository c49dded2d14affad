---- MODULE FSetElem ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == \E t \in {<<1, 2>>} : x' = t[3]
====
