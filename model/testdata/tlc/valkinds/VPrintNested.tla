---- MODULE VPrintNested ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME PrintT(<<Nat \cup {1}>>)
====
