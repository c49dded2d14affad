---- MODULE PrLiveEx2 ----
\* An error in a constant part inside a bounded \E of a property: TLC refuses the \E.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
P == \E i \in {1, 0} : (1 \div i = 1) => <>(x = 1)
====
