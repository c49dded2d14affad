---- MODULE AllInitLiteral ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == \A i \in {1} : 1
Next == UNCHANGED x
====
