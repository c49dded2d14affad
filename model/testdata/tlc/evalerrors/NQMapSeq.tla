---- MODULE NQMapSeq ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = Cardinality({Len(s) : s \in Seq({1})})
====
