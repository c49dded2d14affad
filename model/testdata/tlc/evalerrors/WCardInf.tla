---- MODULE WCardInf ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = Cardinality(Nat)
====
