---- MODULE VPrintDiff ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME PrintT(Nat \ {2})
====
