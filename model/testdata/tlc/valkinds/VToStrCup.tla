---- MODULE VToStrCup ----
EXTENDS Naturals, Integers, Sequences, TLC
ASSUME ToString(Nat \cup {1}) = ""
====
