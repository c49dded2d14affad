---- MODULE SimInstM ----
\* Instantiated by SimInstAnon and SimInstNamed.
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Up == x < Max /\ x' \in {x + 1, x + 2}
Down == x > 0 /\ x' = x - 1
Next == Up \/ Down
====
