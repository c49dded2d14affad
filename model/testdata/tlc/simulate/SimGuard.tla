---- MODULE SimGuard ----
EXTENDS Naturals
VARIABLES a
Init == a = 0
A1 == a = 1 /\ a' = 2
A2 == a = 2 /\ a' \in {3, 4}
A3 == a < 5 /\ a' = a + 1
A4 == a = 7 /\ a' = 0
A5 == a \in {3, 4} /\ a' \in {5, 6, 7}
Next == A1 \/ A2 \/ A3 \/ A4 \/ A5
====
