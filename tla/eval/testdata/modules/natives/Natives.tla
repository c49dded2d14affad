---- MODULE Natives ----
\* The natives of UndirectedGraphs and SequencesExt against TLC's
\* evaluation of the stand-in definitions beside this file: every ASSUME
\* holds in TLC (no behaviour: success with 0 states).
EXTENDS Naturals, UndirectedGraphs, SequencesExt
G == [node |-> {1, 2, 3, 4, 5}, edge |-> {{1, 2}, {2, 3}, {4, 5}, {5}}]
H == [node |-> {1, 2, 3}, edge |-> {{1, 2}, {3, 2}, {1, 3, 2}, {3, 9}}]
ASSUME ConnectedComponents(G) = {{1, 2, 3}, {4, 5}}
ASSUME ~IsStronglyConnected(G) /\ IsStronglyConnected(H)
ASSUME ~IsStronglyConnected([node |-> {}, edge |-> {}])
ASSUME ConnectedComponents([node |-> {}, edge |-> {}]) = {}
ASSUME AreConnectedIn(1, 3, G) /\ ~AreConnectedIn(1, 4, G) /\ AreConnectedIn(5, 5, G)
ASSUME ~AreConnectedIn(9, 9, G)
ASSUME SetToSeq({3, 1, 2}) = <<1, 2, 3>>
ASSUME SetToSeq({"b", "a"}) = <<"a", "b">>
ASSUME SetToSeq({}) = <<>>
====
