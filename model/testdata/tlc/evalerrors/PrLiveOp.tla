---- MODULE PrLiveOp ----
\* An error in a constant part inside an operator application: TLC reports the error (1000).
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Op(a) == a => <>(x = 2)
P == Op(1 \div 0)
====
