---- MODULE E2WFSplit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b
K(v) == v
Init == a = 0 /\ b = 0
Next == a < 2 /\ a' = a + 1 /\ UNCHANGED <<b, K(b)>>
Spec == Init /\ [][Next]_<<a, K(b)>> /\ WF_<<a, K(b)>>(Next)
P == <>(a = 2)
====
