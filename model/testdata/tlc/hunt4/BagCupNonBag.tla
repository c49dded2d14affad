---- MODULE BagCupNonBag ----
\* (+) asks IsABag of each operand.
EXTENDS Integers, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT((1 :> 1) (+) (2 :> -1))
====
