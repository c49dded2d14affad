---- MODULE SqSubMixed ----
\* \sqsubseteq looks each element of the first bag up in the second with Java equals.
EXTENDS Integers, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT((1 :> 1) \sqsubseteq ("a" :> 1))
====
