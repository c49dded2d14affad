---- MODULE CovSubTab ----
\* A variable of the instance substituted by a function constructor's
\* definition, a member of [Acc -> SUBSET (0..3)] first: TLC turns its
\* FcnLambdaValue into a table (|Acc| on the constructor, Acc's {1, 2}
\* enumerated), and the applications after it read the table.
EXTENDS Naturals
CONSTANT Acc
VARIABLES bal, msgs
MCAcc == {1, 2}
Init == bal = [a \in Acc |-> 0] /\ msgs = {}
Next == \E a \in Acc, b \in 0..2 :
          /\ bal[a] <= b
          /\ b > 0
          /\ bal' = [bal EXCEPT ![a] = b]
          /\ msgs' = msgs \cup {<<a, b>>}
Spec == Init /\ [][Next]_<<bal, msgs>>
votes == [a \in Acc |-> {m[2] : m \in {mm \in msgs : mm[1] = a}}]
V == INSTANCE CovSubTabInner
Inv == V!Inv
====
