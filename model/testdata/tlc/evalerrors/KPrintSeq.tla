---- MODULE KPrintSeq ----
EXTENDS Naturals, Sequences, TLC
ASSUME PrintT(Seq({1}))
====
