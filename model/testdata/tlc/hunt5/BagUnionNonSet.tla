---- MODULE BagUnionNonSet ----
\* BagUnion of a value that is not a set, in TLC's words.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(BagUnion(5))
====
