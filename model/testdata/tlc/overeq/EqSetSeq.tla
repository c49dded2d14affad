---- MODULE EqSetSeq ----
EXTENDS Naturals, TLC, Sequences
ASSUME PrintT({} = Seq({1}))
====
