---- MODULE PrLiveEx5 ----
\* A bounded \E inside a bounded \A: the \E is refused.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
P == \A j \in {1} : \E i \in {0} : (1 \div i = 1) => <>(x = j)
====
