---- MODULE VPrint2 ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME Print(Nat \cup {1}, 1) = 1
====
