---- MODULE PrLiveAll ----
\* An error in a constant part inside a bounded \A: TLC reports the error (1000).
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Op(a) == \A i \in {1, 2} : (i \div a = 1) => <>(x = i)
P == Op(0)
====
