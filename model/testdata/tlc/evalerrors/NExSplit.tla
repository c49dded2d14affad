---- MODULE NExSplit ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \E i \in 1..2 : x < 5 /\ x' = i + x[i]
====
