---- MODULE EqSeqSeq ----
EXTENDS Naturals, TLC, Sequences
ASSUME PrintT(Seq({1}) = Seq({1}))
====
