---- MODULE SortSeqArg ----
\* SortSeq calls its comparator on (element, earlier element): 1 < "b" names the second argument.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(SortSeq(<<"b", 1>>, LAMBDA u, v: u < v))
====
