---- MODULE FsRP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT([{1} -> 3]) /\ x = 0
Next == x' = x
====
