---- MODULE NQNextSeqIn ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' \in Seq({1})
====
