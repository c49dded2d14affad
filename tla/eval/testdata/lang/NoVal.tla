---- MODULE NoVal ----
\* An unbounded CHOOSE that TLC never evaluates: NoVal is replaced by a
\* model value in the cfg; the unbounded \E and \A are never evaluated
\* either (the disjunct before them is true, the conjunct before them false).
EXTENDS Naturals
CONSTANT Vals
NoVal == CHOOSE v : v \notin Vals
VARIABLE x
Init == x = NoVal
Next == x' = IF x = NoVal THEN CHOOSE v \in Vals : TRUE ELSE x
Inv == /\ x \in Vals \cup {NoVal} \/ \E v : v = x
       /\ ~(x \in {} /\ \A v : v = x)
====
