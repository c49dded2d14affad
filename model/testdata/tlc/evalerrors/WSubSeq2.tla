---- MODULE WSubSeq2 ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = SubSeq(<<1, 2>>, 0, 1)
====
