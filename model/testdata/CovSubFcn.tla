---- MODULE CovSubFcn ----
\* A variable of the instance substituted by a function constructor's
\* definition (votes <- votes): TLC's LazyValue holds a FcnLambdaValue,
\* cached for the invariant's evaluation, and each application votes[a]
\* evaluates the body at a (16 per state), enumerating msgs each time.
EXTENDS Naturals
CONSTANTS Acc, Val
VARIABLES bal, msgs
MCAcc == {1, 2}
MCVal == {0, 1}
Init == bal = [a \in Acc |-> 0] /\ msgs = {}
Next == \E a \in Acc, b \in 0..2 :
          /\ bal[a] <= b
          /\ b > 0
          /\ bal' = [bal EXCEPT ![a] = b]
          /\ msgs' = msgs \cup {<<a, b>>}
Spec == Init /\ [][Next]_<<bal, msgs>>
votes == [a \in Acc |-> {m[2] : m \in {mm \in msgs : mm[1] = a}}]
V == INSTANCE CovSubFcnInner
Inv == V!Inv
====
