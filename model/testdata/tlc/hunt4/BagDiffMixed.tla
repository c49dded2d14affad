---- MODULE BagDiffMixed ----
\* (-) looks each element of the first bag up in the second with Java equals, which fails on 1 and "a".
EXTENDS Integers, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT((1 :> 3) (-) ("a" :> 1))
====
