---- MODULE CovLivePrLet ----
EXTENDS Naturals, TLC
VARIABLE n
Init == n = 0
Next == n < 2 /\ LET d == PrintT(<<"d", n>>) IN d /\ d /\ n' = n + 1
Spec == Init /\ [][Next]_n /\ WF_n(Next)
Prop == <>(n = 2)
====
