---- MODULE BagUnionNonBag ----
\* BagUnion of two elements one of which is not a function names the whole set.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(BagUnion({3, 4}))
====
