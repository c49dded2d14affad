---- MODULE KInFilterSeq ----
EXTENDS Integers, TLC, FiniteSets, Sequences
VARIABLE x
Init == x = ("a" \in {y \in Seq({1}) : Len(y) > 1})
Next == x' = x
====
