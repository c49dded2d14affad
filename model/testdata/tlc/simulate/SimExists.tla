---- MODULE SimExists ----
EXTENDS Naturals
VARIABLES c
Init == c = [i \in 1..3 |-> 0]
Bump(i) == c[i] < 2 /\ c' = [c EXCEPT ![i] = c[i] + 1]
Next == \E i \in 1..3 : Bump(i)
====
