---- MODULE IntervalEq ----
\* Two intervals compare by their bounds, never enumerated.
EXTENDS Integers, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(<<1..2147483647 = 1..2147483647, 3..2 = 5..1, 1..3 = 1..4, 1..3 = {1, 2, 3}>>)
====
