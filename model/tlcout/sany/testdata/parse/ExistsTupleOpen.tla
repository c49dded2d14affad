---- MODULE ExistsTupleOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == \E <<a, b>> \in {} : (a
Next == x' = x
====
