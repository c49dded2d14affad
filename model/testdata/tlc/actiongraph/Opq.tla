---- MODULE Opq ----
EXTENDS Naturals, FiniteSets
VARIABLES x, s
Init == x = 0 /\ s = {}
Add == \E i \in 1..(x+1) : s' = s \cup {i} /\ x' = (x + 1) % 4
Drop(e) == s' = s \ {e} /\ UNCHANGED x
Tick == x' = (x + 1) % 4 /\ UNCHANGED s
Next == Add \/ (\E e \in s : Drop(e)) \/ Tick
Inv == Cardinality(s) < 4
Spec == Init /\ [][Next]_<<x, s>>
====
