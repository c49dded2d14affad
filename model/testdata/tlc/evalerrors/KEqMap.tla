---- MODULE KEqMap ----
EXTENDS Integers, TLC, Sequences, FiniteSets
CONSTANT M
VARIABLE x
Init == x = ({y + 1 : y \in 1..2} = 1)
Next == x' = x
====
