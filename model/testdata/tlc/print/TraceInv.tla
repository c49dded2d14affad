---- MODULE TraceInv ----
\* Inv fails at x = 4, the fifth state of the trace from x = 0.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 20 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ x > 50 /\ x' = x
Next == B \/ A
Inv == x /= 4
====
