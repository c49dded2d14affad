---- MODULE CovSubTabInner ----
EXTENDS Naturals
CONSTANT Acc
VARIABLES votes, bal
Voted(a, b) == b \in votes[a]
Inv == /\ votes \in [Acc -> SUBSET (0..3)]
       /\ \A a \in Acc, b \in 0..2 : Voted(a, b) => bal[a] >= b
Init == votes = [a \in Acc |-> {}] /\ bal = [a \in Acc |-> 0]
Next == \E a \in Acc, b \in 0..2 :
          /\ bal[a] <= b
          /\ votes' = [votes EXCEPT ![a] = @ \cup {b}]
          /\ bal' = [bal EXCEPT ![a] = b]
Spec == Init /\ [][Next]_<<votes, bal>>
====
