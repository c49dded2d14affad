---- MODULE CovAppSet ----
\* A set its parent enumerates, built by the body of the definition an
\* application names (Nbrs(x), Nbrs(n) == {m \in 1..4 : m # n}), costs on
\* that body's node as a set written in place does: Next's \E m \in
\* Nbrs(x) each element and the end; ENABLED Next in the property stops
\* at the first successor, having fetched two elements (11, not 16);
\* the invariant's \A m \in Nbrs(x) each element and the end.
EXTENDS Naturals
VARIABLES x
Nbrs(n) == {m \in 1..4 : m # n}
Init == x \in 1..2
Next == \E m \in Nbrs(x) : /\ m > x - 2
                           /\ x' = m
Live == [](ENABLED Next => x \in 1..4)
AllNbrs == \A m \in Nbrs(x) : m # x
====
