---- MODULE BagDiffNonBag ----
\* BagDiff refuses an operand that is not a function in its own words.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(5 (-) (1 :> 3))
====
