---- MODULE KEqIntv ----
EXTENDS Integers, TLC, FiniteSets
CONSTANT M
VARIABLE x
Init == x = ((1..3) = "a")
Next == x' = x
====
