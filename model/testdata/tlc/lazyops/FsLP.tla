---- MODULE FsLP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT([3 -> {1}]) /\ x = 0
Next == x' = x
====
