---- MODULE VPrintUnion ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME PrintT(UNION {Nat, {1}})
====
