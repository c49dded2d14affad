---- MODULE LazyFilterMember ----
\* Membership in a set filter is decided at the element (TLC's
\* SetPredValue): SUBSET SUBSET (1..5) has 2^32 elements and is never
\* enumerated. x runs 0, 1, 2 and the invariant holds: 3 distinct,
\* 3 generated (TLC gives the same).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Parts == {P \in SUBSET SUBSET (1..5) : UNION P = 1..5}
Inv == /\ {{1, 2}, 1..5} \in Parts
       /\ {{x}} \notin Parts
       /\ {1..5} \in {P \in SUBSET SUBSET (1..5) : \A I \in P : x \notin I \/ x = 0 \/ TRUE}
====
