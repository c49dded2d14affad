---- MODULE TraceNextErr ----
\* B fails to evaluate in x = 3 (division by zero).
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 20 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ x = 3 /\ x' = 1 \div 0
Next == B \/ A
====
