---- MODULE CovSubTag ----
\* An implied action [][V!Next]_<<votes, bal>> of an INSTANCE whose votes
\* is a function constructor's definition: TLC's LazyValues there keep
\* their last value with its states, a primed read evaluates each time,
\* the v of [A]_v and UNCHANGED's unprimed side miss after an unprimed read,
\* and a comparison turns each value read into a table.
EXTENDS Naturals
CONSTANT Acc
VARIABLES bal, msgs

Init == bal = [a \in Acc |-> 0] /\ msgs = {}
Next == \/ \E a \in Acc, b \in 0..2 :
             /\ bal[a] <= b
             /\ b > 0
             /\ bal' = [bal EXCEPT ![a] = b]
             /\ msgs' = msgs \cup {<<a, b>>}
        \/ \E a \in Acc, b \in 1..2 : b > bal[a] /\ bal' = [bal EXCEPT ![a] = b] /\ UNCHANGED msgs
Spec == Init /\ [][Next]_<<bal, msgs>>
votes == [a \in Acc |-> {m[2] : m \in {mm \in msgs : mm[1] = a}}]
V == INSTANCE CovSubTagInner
Inv == V!Inv
Prop == V!Spec
====
