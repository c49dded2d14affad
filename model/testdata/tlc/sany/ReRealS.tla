---- MODULE ReRealS ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x
A == 1 \in Real
====
