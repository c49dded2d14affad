---- MODULE KEqFilter ----
EXTENDS Integers, TLC, Sequences, FiniteSets
CONSTANT M
VARIABLE x
Init == x = ({y \in 1..3 : TRUE} = "a")
Next == x' = x
====
