---- MODULE SubsetFilterBig ----
\* Filters of SUBSET (1..21), 2^21 subsets, which TLC walks one at a time.
EXTENDS Naturals, TLC, FiniteSets
S == {E \in SUBSET (1..21) : Cardinality(E) = 20}
ASSUME PrintT(S)
ASSUME PrintT(Cardinality({E \in SUBSET (1..21) : 3 \notin E /\ Cardinality(E) > 18}))
====
