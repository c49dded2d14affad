---- MODULE LitOpSortSeq ----
\* A LET definition whose body is a literal reaches SortSeq as the literal, even for an empty sequence.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(LET L(a, b) == 2 IN SortSeq(<<>>, L))
====
