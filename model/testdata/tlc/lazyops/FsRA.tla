---- MODULE FsRA ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
ASSUME ([{1} -> 3]) = {}
Init == x = 0
Next == x' = x
====
