---- MODULE GraphsBig ----
\* Needs the natives of Graphs: the stand-in's definitions would enumerate
\* paths of up to 12 nodes among 12 (12^12 functions).
EXTENDS Naturals, Graphs
G == [node |-> 1..12, edge |-> {<<i, i + 1>> : i \in 1..11}]
ASSUME AreConnectedIn(1, 12, G) /\ ~AreConnectedIn(12, 1, G)
ASSUME ~IsStronglyConnected(G)
ASSUME IsStronglyConnected([G EXCEPT !.edge = @ \cup {<<12, 1>>}])
====
