---- MODULE SetToSeqOrder ----
EXTENDS Naturals, TLC, SequencesExt
VARIABLE x
Init == x = 0 /\ PrintT(<<SetToSeq({3, 1, 2}), SetToSeq({"b", "a"}), SetToSeq({})>>)
Next == UNCHANGED x
====
