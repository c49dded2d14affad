---- MODULE CovSubSub ----
\* x \in {F \in SUBSET (SUBSET N) : p} and x \in SUBSET (SUBSET M): TLC's
\* enumeration of SUBSET T turns T = SUBSET N into an enumerated set,
\* which costs its subsets on T's node, and the subsets of N it built
\* keep that node as the elements of each F taken: the invariant's
\* e \subseteq N, e an element of G or H, costs there each element and
\* the end (SpanTreeTest's Edges \in {E \in SUBSET (SUBSET Nodes) : ...}).
EXTENDS FiniteSets
CONSTANTS N, M
VARIABLES G, H
Init == /\ G \in {F \in SUBSET (SUBSET N) : \A e \in F : Cardinality(e) = 2}
        /\ H \in SUBSET (SUBSET M)
Next == UNCHANGED <<G, H>>
Inv == /\ \A e \in G : e \subseteq N
       /\ \A e \in H : e \subseteq M
====
