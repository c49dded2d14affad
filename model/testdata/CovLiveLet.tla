---- MODULE CovLiveLet ----
EXTENDS Naturals
VARIABLE mb, n
Init == mb = {1} /\ n = 0
Next == n < 3 /\ LET d == {m \in mb : m > 0} IN /\ {x : x \in d} # {}
                                               /\ {x + 1 : x \in d} # {}
                                               /\ n' = n + 1 /\ UNCHANGED mb
Spec == Init /\ [][Next]_<<mb,n>> /\ WF_<<mb,n>>(Next)
Prop == <>[](n = n)
====
