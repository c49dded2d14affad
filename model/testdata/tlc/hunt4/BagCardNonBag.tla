---- MODULE BagCardNonBag ----
\* BagCardinality of a function with a count that is not positive.
EXTENDS Integers, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(BagCardinality([a |-> 2, b |-> 0]))
====
