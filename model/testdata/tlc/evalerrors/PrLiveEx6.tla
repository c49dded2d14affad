---- MODULE PrLiveEx6 ----
\* A bounded \E in the specification (fairness): refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ \E i \in {0} : (1 \div i = 1) => WF_x(Next)
P == <>(x = 2)
====
