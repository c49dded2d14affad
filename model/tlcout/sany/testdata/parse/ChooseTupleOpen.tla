---- MODULE ChooseTupleOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = CHOOSE <<a, b>> \in (1..2) \X (1..2) a
Next == x' = x
====
