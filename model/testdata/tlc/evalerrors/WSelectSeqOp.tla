---- MODULE WSelectSeqOp ----
EXTENDS Naturals, Sequences
VARIABLE x
T(e) == e
Init == x = 0
Next == x' = SelectSeq(<<1>>, T)
====
