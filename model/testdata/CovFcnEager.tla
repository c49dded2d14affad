---- MODULE CovFcnEager ----
\* A function constructor over an interval or an enumerated set that is
\* not read as the function of an application: TLC turns it into a table
\* as it builds it, costing its size on its node and the enumeration of
\* an enumerated domain (each element and the end) on the set.
EXTENDS Naturals
VARIABLES v, n
Tab(h) == [j \in 1..3 |-> h[j] + 1]
Direct == [j \in 1..3 |-> v[j]]
Ext(c) == [j \in {1, 2, 3} |-> c]
G == INSTANCE CovFcnEagerInst WITH g <- Tab(v)
Init == v = [j \in 1..3 |-> 0] /\ n = 0
Next == n < 3 /\ n' = n + 1 /\ v' = [v EXCEPT ![2] = n]
DomDirect == \A j \in DOMAIN Direct : j > 0
DomApplied == \E j \in DOMAIN Tab(v) : j = 2
MemberSet == 2 \in DOMAIN Ext(n)
AppliedOnly == Tab(v)[1] < 9
ViaInst == G!Small
====
