---- MODULE BagUnionOne ----
\* BagUnion of one element is that element, a bag or not; counts are cast only when summed.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(<<BagUnion({3}), BagUnion({(1 :> "a"), (2 :> 1)}), BagOfAll(LAMBDA e: e, (1 :> "a"))>>)
====
