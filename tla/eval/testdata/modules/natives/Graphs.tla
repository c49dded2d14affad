------------------------------ MODULE Graphs ------------------------------
\* A stand-in for CommunityModules' Graphs: paths bounded by the number of
\* nodes (any path from m to n can be shortened to one that short), so
\* that TLC evaluates the definitions the native operators replace.
EXTENDS Naturals, FiniteSets, Sequences

Path(G) == {p \in UNION {[1..k -> G.node] : k \in 1..Cardinality(G.node)} :
             \A i \in 1..(Len(p)-1) : <<p[i], p[i+1]>> \in G.edge}

AreConnectedIn(m, n, G) ==
  \E p \in Path(G) : (p[1] = m) /\ (p[Len(p)] = n)

IsStronglyConnected(G) ==
  \A m, n \in G.node : AreConnectedIn(m, n, G)
=============================================================================
