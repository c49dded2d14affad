---- MODULE PrInstLive ----
\* I!D in a temporal property: a value from load.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIM
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
P == <>(I!D /\ x = 2)
====
