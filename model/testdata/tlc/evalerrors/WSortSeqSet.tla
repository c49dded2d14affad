---- MODULE WSortSeqSet ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = SortSeq({1,2}, <)
Next == UNCHANGED x
====
