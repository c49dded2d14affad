---- MODULE CovSubTagInner ----
EXTENDS Naturals
CONSTANT Acc
VARIABLES votes, bal
Voted(a, b) == b \in votes[a]
Inv == \A a \in Acc : bal[a] >= 0
Init == votes = [a \in Acc |-> {}] /\ bal = [a \in Acc |-> 0]
Raise(a, b) == b > bal[a] /\ bal' = [bal EXCEPT ![a] = b] /\ UNCHANGED votes
Vote(a, b) == /\ bal[a] <= b
              /\ ~ Voted(a, b)
              /\ votes' = [x \in Acc |-> IF x = a THEN votes[x] \cup {b} ELSE votes[x]]
              /\ bal' = [bal EXCEPT ![a] = b]
Next == \E a \in Acc, b \in 0..2 : Raise(a, b) \/ Vote(a, b)
Spec == Init /\ [][Next]_<<votes, bal>>
====
