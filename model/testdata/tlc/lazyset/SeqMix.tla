---- MODULE SeqMix ----
EXTENDS Naturals, FiniteSets, TLC, Sequences
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == <<m>> \in Seq({1, "a"})
====
