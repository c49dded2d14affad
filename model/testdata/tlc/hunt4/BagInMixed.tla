---- MODULE BagInMixed ----
\* BagIn searches the domain with Java equals, which fails on 3 and "a".
EXTENDS Integers, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(BagIn(3, [a |-> 2]))
====
