---- MODULE UInitStr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ "a"
Next == x' = x
====
