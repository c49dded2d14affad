---- MODULE B3SeqMemShape ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT(<<[a |-> 1]>> \in Seq({<<1>>}))
Next == UNCHANGED x
====
