---- MODULE LetStdBags ----
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ LET N == INSTANCE Bags IN N!BagCardinality(N!EmptyBag) = 0
Next == x' = x + 1 /\ x < 2
====
