---- MODULE ExNextLiteral ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in {1} : 1
====
