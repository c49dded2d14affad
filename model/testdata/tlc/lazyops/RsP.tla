---- MODULE RsP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT([a : 3]) /\ x = 0
Next == x' = x
====
