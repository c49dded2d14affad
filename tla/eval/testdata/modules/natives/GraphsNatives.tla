---- MODULE GraphsNatives ----
\* The natives of Graphs (directed) against TLC's answers with the
\* stand-in's definitions: every ASSUME holds in TLC.
EXTENDS Naturals, Graphs
G == [node |-> {1, 2, 3, 4, 5}, edge |-> {<<1, 2>>, <<2, 3>>, <<3, 1>>, <<4, 5>>, <<5, 9>>, <<1, 2, 3>>}]
ASSUME AreConnectedIn(1, 3, G) /\ AreConnectedIn(3, 2, G) /\ ~AreConnectedIn(1, 4, G)
ASSUME AreConnectedIn(4, 5, G) /\ ~AreConnectedIn(5, 4, G) /\ AreConnectedIn(5, 5, G)
ASSUME ~AreConnectedIn(9, 9, G) /\ ~AreConnectedIn(5, 9, G)
ASSUME ~IsStronglyConnected(G)
ASSUME IsStronglyConnected([node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>, <<3, 1>>}])
ASSUME ~IsStronglyConnected([node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>, <<3, 2>>}])
ASSUME IsStronglyConnected([node |-> {"a"}, edge |-> {}])
ASSUME IsStronglyConnected([node |-> {}, edge |-> {}])
====
