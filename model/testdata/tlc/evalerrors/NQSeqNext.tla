---- MODULE NQSeqNext ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \A s \in Seq({1}) : x' = Len(s)
====
