---- MODULE CovSubSet ----
\* Constants the cfg replaces by set constructors' definitions (Acc <-
\* MCAcc, Val <- MCVal), substituted into an INSTANCE (Acc <- Acc): TLC
\* lists MCAcc's body under the substitution's node, counted at each
\* evaluation of the LazyValue, and each enumeration of its set in the
\* instance (each binder's enumerator, a1, a2 \in Acc's two) costs there.
EXTENDS Naturals
CONSTANTS Acc, Val
VARIABLES bal, votes
MCAcc == {1, 2}
MCVal == {0, 1}
Init == bal = [a \in Acc |-> 0] /\ votes = [a \in Acc |-> {}]
Next == \E a \in Acc, b \in 0..2 :
          /\ bal[a] <= b
          /\ b > 0
          /\ bal' = [bal EXCEPT ![a] = b]
          /\ votes' = [votes EXCEPT ![a] = @ \cup {b}]
Spec == Init /\ [][Next]_<<bal, votes>>
V == INSTANCE CovSubSetInner
Inv == V!Inv
====
