---- MODULE PrInitPropErr2 ----
\* A state-level conjunct of a property failing on the initial state: the state left on the queue.
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Op(a) == [](x < 3) /\ (x = 0 => a)
P == Op(1 \div 0 = 1)
====
