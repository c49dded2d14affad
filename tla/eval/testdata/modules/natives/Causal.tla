------------------------------- MODULE Causal -------------------------------
(* VectorClocks' CausalOrder sorts a log by its vector clocks: a and b    *)
(* exchange messages, each line's clock says what its node knew; the     *)
(* log, shuffled, has one causal order. TLC (with this folder's stand-in  *)
(* definition, and with the CommunityModules' Java override) finds the    *)
(* ASSUME true.                                                           *)
EXTENDS Naturals, Sequences, VectorClocks
e1 == [node |-> "a", vc |-> [a |-> 1]]
e2 == [node |-> "b", vc |-> [a |-> 1, b |-> 1]]
e3 == [node |-> "b", vc |-> [a |-> 1, b |-> 2]]
e4 == [node |-> "a", vc |-> [a |-> 2, b |-> 2]]
ASSUME CausalOrder(<<e3, e1, e4, e2>>, LAMBDA l : l.vc, LAMBDA l : l.node, LAMBDA c : DOMAIN c)
         = <<e1, e2, e3, e4>>
=============================================================================
