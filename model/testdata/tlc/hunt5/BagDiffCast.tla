---- MODULE BagDiffCast ----
\* BagDiff casts the count found in the second bag to an integer: Java's ClassCastException.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT((1 :> 3) (-) (1 :> "a"))
====
