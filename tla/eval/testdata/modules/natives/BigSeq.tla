---- MODULE BigSeq ----
\* SetToSeq of nine elements: wspcycle's native answers at once, as TLC's
\* Java override of the CommunityModules operator does (elements in TLC's
\* order of values); evaluating the TLA+ definition instead would search
\* [1..9 -> 1..9], 9^9 functions, which wspcycle refuses to enumerate.
EXTENDS Naturals, SequencesExt
ASSUME SetToSeq(1..9) = [i \in 1..9 |-> i]
ASSUME SetToSeq({"c", "a", "b"}) = <<"a", "b", "c">>
====
