---- MODULE FsLV ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == ([3 -> {1}]) = {}
====
