---- MODULE LetSelfEq ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == LET f == [y \in Nat |-> y] IN f = f
====
