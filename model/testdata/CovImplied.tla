---- MODULE CovImplied ----
EXTENDS Naturals
VARIABLES s, n
I == INSTANCE CovImpliedInner
Init == s = {0} /\ n = 0
Next == n < 3 /\ n' = n + 1 /\ s' = s \cup {n + 1}
Spec == Init /\ [][Next]_<<s, n>>
Inv == I!Big
Prop == I!Grow
====
