---- MODULE TraceInitDead ----
\* A deadlock in the initial state x = 10.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 3 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ x > 50 /\ x' = x
Next == B \/ A
====
