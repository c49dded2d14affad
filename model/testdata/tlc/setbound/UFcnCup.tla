---- MODULE UFcnCup ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x \in [1..4 -> 0..4] \cup [1..3 -> 0..4]
Next == UNCHANGED x
====
