---- MODULE VPrintCup ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME PrintT(Nat \cup {1})
====
