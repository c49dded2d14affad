---- MODULE Outer ----
EXTENDS Naturals
VARIABLES n, m
I == INSTANCE Inner WITH c <- n
Init == I!IInit /\ m = 0
Next == (I!INext /\ UNCHANGED m) \/ (m < 3 /\ m' = m + 1 /\ UNCHANGED n)
Spec == Init /\ [][Next]_<<n, m>> /\ WF_<<n,m>>(Next)
Live == <>(m = 3)
====
