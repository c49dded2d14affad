---- MODULE UndirectedGraphs ----
\* A stand-in for the CommunityModules module of this name, written for
\* wspcycle's tests: the same meaning (a graph is [node |-> N, edge |-> E],
\* an edge a set {a, b}), in definitions TLC can evaluate on small graphs.
\* wspcycle replaces these operators natively (as TLC replaces the
\* originals with Java code), so the test compares the natives with TLC's
\* evaluation of these definitions.
EXTENDS Naturals, FiniteSets
Reach(G, n) ==
    LET R[k \in Nat] ==
            IF k = 0 THEN {n}
            ELSE R[k - 1] \cup {m \in G.node : \E r \in R[k - 1] : {r, m} \in G.edge}
    IN  R[Cardinality(G.node)]
ConnectedComponents(G) == {Reach(G, n) : n \in G.node}
IsStronglyConnected(G) == ConnectedComponents(G) = {G.node}
AreConnectedIn(m, n, G) == \E C \in ConnectedComponents(G) : m \in C /\ n \in C
====
