---- MODULE SetToSeqMixed ----
EXTENDS Naturals, TLC, SequencesExt
VARIABLE x
Init == x = 0 /\ SetToSeq({<<1>>, 2}) = <<>>
Next == UNCHANGED x
====
