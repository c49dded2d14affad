---- MODULE EqSeqSet ----
EXTENDS Naturals, TLC, Sequences
ASSUME PrintT(Seq({1}) # {1})
====
