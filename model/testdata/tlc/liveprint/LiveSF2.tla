---- MODULE LiveSF2 ----
EXTENDS Naturals, TLC
VARIABLE n
Init == n \in 0..4
Dec == PrintT(<<"D", n>>) /\ n > 1 /\ n' = n - 2
Stop == PrintT(<<"D", n>>) /\ n <= 1 /\ UNCHANGED n
Next == Dec \/ Stop
Spec == Init /\ [][Next]_n /\ SF_n(Dec) /\ WF_n(Next)
Ends == IF n % 2 = 0 THEN <>(n = 0) ELSE <>(n = 1)
====
