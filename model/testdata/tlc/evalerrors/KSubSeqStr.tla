---- MODULE KSubSeqStr ----
EXTENDS Integers, Sequences, TLC
ASSUME PrintT(SubSeq("abc", 2, 3)) /\ PrintT(SubSeq("abc", 3, 2)) /\ PrintT(Len("abc")) /\ PrintT(SubSeq("abc", 0, -1))
====
