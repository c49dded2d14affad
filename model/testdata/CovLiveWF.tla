---- MODULE CovLiveWF ----
EXTENDS Naturals
VARIABLE s, n
Init == s = {1, 2, 3} /\ n = 0
Next == n < 3 /\ \E x \in s : n' = n + x /\ UNCHANGED s
Spec == Init /\ [][Next]_<<s,n>> /\ WF_<<s,n>>(Next)
Prop == []<>(n >= 0)
====
