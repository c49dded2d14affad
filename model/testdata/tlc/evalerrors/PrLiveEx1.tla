---- MODULE PrLiveEx1 ----
\* An error in a constant part inside a bounded \E of an operator: TLC refuses the \E (2213).
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Op(a) == \E i \in {1, 2} : (i \div a = 1) => <>(x = i)
P == Op(0)
====
