---- MODULE VPrintCap ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME PrintT(Nat \cap Int)
====
