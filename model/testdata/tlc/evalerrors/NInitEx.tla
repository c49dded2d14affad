---- MODULE NInitEx ----
EXTENDS Naturals
VARIABLE x
Init == \E i \in 1..2 : x = i[1]
Next == x' = x
====
