---- MODULE CovUnionMix ----
\* A lazy UNION whose set is built out of order (sorted by binary search,
\* with duplicates), mixes enumerated sets with sets of functions whose
\* range a constructor builds, and is enumerated by an action and asked
\* for members (\in and \notin).
EXTENDS Naturals
CONSTANT S
VARIABLE x, y
U(T) == UNION {[1..2 -> {7, 8}], {<<>>}, [1..1 -> T], [{} -> T], {}, [1..1 -> T]}
V(k) == UNION {[1..n -> S] : n \in {k, 2, 0, 1}}
Init == x \in U(S) /\ y = 0
Next == /\ y < 2
        /\ y' = y + 1
        /\ x' \in V(y)
Inv == x \in U(S) \/ x \notin V(y) \/ x \in V(y)
====
