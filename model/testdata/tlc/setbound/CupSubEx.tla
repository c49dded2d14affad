---- MODULE CupSubEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E s \in SUBSET {1,2,3} \cup SUBSET {1,2} : s = {3}
Next == UNCHANGED x
====
