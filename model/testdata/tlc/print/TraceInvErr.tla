---- MODULE TraceInvErr ----
\* Inv fails to evaluate in x = 12.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 20 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ x > 50 /\ x' = x
Next == B \/ A
Inv == IF x = 12 THEN 1 \div 0 = 1 ELSE TRUE
====
