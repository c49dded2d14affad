---- MODULE LitOpApplied ----
\* A literal-bodied LAMBDA applied by TLA+ operators is applied as an operator; SelectSeq of <<>> never asks.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Op(F(_), y) == F(y)
ASSUME PrintT(<<Op(LAMBDA e: 1, 3), SelectSeq(<<>>, LAMBDA e: 1), BagOfAll(LAMBDA e: 1 + 1, <<1, 0>>)>>)
====
