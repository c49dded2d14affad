---- MODULE SimSpecInstM ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in 0..1
Up == x < Max /\ x' = x + 1
Down == x > 0 /\ x' = x - 1
Jump == \E k \in 0..Max : x' = k
Next == Up \/ Down \/ Jump
Spec == Init /\ [][Next]_x
Inv == x < Max
====
