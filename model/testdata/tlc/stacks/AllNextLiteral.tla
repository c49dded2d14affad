---- MODULE AllNextLiteral ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \A i \in {1} : 1
====
