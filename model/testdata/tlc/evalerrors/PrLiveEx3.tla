---- MODULE PrLiveEx3 ----
\* Nested bounded \E: the outermost is refused.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
P == \E j \in {1} : \E i \in {1, 0} : (1 \div i = 1) => <>(x = j)
====
