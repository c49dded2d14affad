---- MODULE CovSubSetInner ----
EXTENDS Naturals
CONSTANTS Acc, Val
VARIABLES votes, bal
Voted(a, b) == b \in votes[a]
Inv == /\ \A a \in Acc, b \in 0..2 : Voted(a, b) => bal[a] >= b
       /\ \A a1, a2 \in Acc, v \in Val : Voted(a1, v) /\ Voted(a2, v) => bal[a1] = bal[a2] \/ v > 0
       /\ \E a \in Acc : bal[a] >= 0
Next == \E a \in Acc, b \in 0..2 :
          /\ bal[a] <= b
          /\ votes' = [votes EXCEPT ![a] = @ \cup {b}]
          /\ bal' = [bal EXCEPT ![a] = b]
====
