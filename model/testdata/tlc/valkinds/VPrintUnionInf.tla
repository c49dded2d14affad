---- MODULE VPrintUnionInf ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME PrintT(UNION {Nat, Int})
====
