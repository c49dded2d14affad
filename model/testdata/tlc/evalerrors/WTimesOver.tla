---- MODULE WTimesOver ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 65536 * 65536
====
