---- MODULE CupLA ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
ASSUME (1 \cup {2}) = {}
Init == x = 0
Next == x' = x
====
