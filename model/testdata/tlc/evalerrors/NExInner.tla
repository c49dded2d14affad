---- MODULE NExInner ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 5 /\ \E i \in 1..2 : x' = x[i]
====
