---- MODULE CovLiveState ----
EXTENDS Naturals
VARIABLE mb, n
Init == mb = [i \in 1..2 |-> {}] /\ n = 0
Next == n < 3 /\ n' = n + 1 /\ mb' = [i \in 1..2 |-> IF i = 1 THEN mb[i] \cup {n} ELSE mb[i]]
Spec == Init /\ [][Next]_<<mb,n>>
Stab == \A i \in 1..2 : \A m \in mb[i] : m < 1
Prop == <>[](Stab \/ n >= 0)
====
