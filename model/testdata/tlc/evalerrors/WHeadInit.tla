---- MODULE WHeadInit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Head(<<>>)
Next == x' = x
====
