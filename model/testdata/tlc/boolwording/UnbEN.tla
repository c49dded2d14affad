---- MODULE UnbEN ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E y : x' = y
====
