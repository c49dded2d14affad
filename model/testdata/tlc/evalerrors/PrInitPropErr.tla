---- MODULE PrInitPropErr ----
\* A property conjunct K(0) of constant level failing on the initial state (an implied init): printed, then the error, the state left on the queue.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
K(a) == PrintT("k") /\ 1 \div a = 1
P == <>(x = 2) /\ K(0)
====
