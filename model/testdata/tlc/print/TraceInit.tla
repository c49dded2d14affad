---- MODULE TraceInit ----
\* Inv fails in the initial state x = 10: TLC rebuilds nothing.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 20 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ x > 50 /\ x' = x
Next == B \/ A
Inv == x /= 10
====
