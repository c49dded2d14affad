------------------------------ MODULE CausalBig ------------------------------
(* CausalOrder of a log of 12 lines that a and b alternate, each line     *)
(* knowing every earlier one: the only causal order is the chain. TLC's   *)
(* Java override finds it; the stand-in definition beside this file would *)
(* CHOOSE among 12^12 functions (so this needs the native, as BigSeq).    *)
EXTENDS Naturals, Sequences, VectorClocks
E(k) == [node |-> IF k % 2 = 1 THEN "a" ELSE "b",
         vc |-> IF k = 1 THEN [a |-> 1] ELSE [a |-> (k + 1) \div 2, b |-> k \div 2]]
Chain == [k \in 1..12 |-> E(k)]
Shuffled == [k \in 1..12 |-> E(((k * 5) % 12) + 1)]
ASSUME {Shuffled[k] : k \in 1..12} = {Chain[k] : k \in 1..12}
ASSUME CausalOrder(Shuffled, LAMBDA l : l.vc, LAMBDA l : l.node, LAMBDA c : DOMAIN c) = Chain
=============================================================================
