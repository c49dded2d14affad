---- MODULE EqSeqFilter ----
EXTENDS Naturals, TLC, Sequences
F == {x \in Nat : x > 0}
ASSUME PrintT(Seq(F) = {})
====
