---- MODULE PrLiveEx4 ----
\* An operator applied inside a bounded \E: the \E is refused after what the body printed.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Op(a) == PrintT("in") /\ (1 \div a = 1) => <>(x = 1)
P == \E i \in {1, 0} : Op(i)
====
