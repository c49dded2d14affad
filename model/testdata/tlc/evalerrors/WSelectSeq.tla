---- MODULE WSelectSeq ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = SelectSeq(<<1>>, LAMBDA e : e)
====
