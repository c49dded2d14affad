---- MODULE TraceTwo ----
\* Inv fails at x = 1, the second state: the last state TLC stored is initial.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 20 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ x > 50 /\ x' = x
Next == B \/ A
Inv == x /= 1
====
