---- MODULE CovCupEnum ----
\* A binder over S \cup T while S is the empty set: TLC's union is then
\* T's value itself, which keeps the node that built it, and the binder's
\* enumeration costs there. w's {3} costs 6: Next's \E x \in r \cup w
\* and \E y \in w \cup {7, 8} and Inv's \E y \in r \cup w in the initial
\* state, where r = {} (it cost 2); Inv's {9} costs 12, also in the
\* initial state (it cost 10).
EXTENDS Naturals, FiniteSets
VARIABLES r, w, z
Init == r = {} /\ w = {3} /\ z = 1 .. 2
Next == /\ \E x \in r \cup w : x < 6 /\ r' = r \cup {x + 1} /\ w' = {x + 2} /\ z' = z
        /\ Cardinality(r) < 4
        /\ \E y \in z \cup w : y > 0
        /\ \E y \in w \cup {7, 8} : y > 0
Inv == /\ \E y \in r \cup w : y > 0
       /\ \E y \in r \cup {9} : y > 0
====
