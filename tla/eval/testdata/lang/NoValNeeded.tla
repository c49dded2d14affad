---- MODULE NoValNeeded ----
\* NoVal.tla with an invariant that does evaluate the unbounded \E: once x
\* is 1, the disjunct x = NoVal is false and TLC evaluates \E v : v = x,
\* which is its error (2 states generated, 2 distinct).
EXTENDS Naturals
CONSTANT Vals
NoVal == CHOOSE v : v \notin Vals
VARIABLE x
Init == x = NoVal
Next == x' = IF x = NoVal THEN CHOOSE v \in Vals : TRUE ELSE x
Inv == /\ x = NoVal \/ \E v : v = x
       /\ ~(x \in {} /\ \A v : v = x)
====
