---- MODULE LzExcOutArg ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
G(v) == [i \in 0..2 |-> v \div i]
Init == x = [G(6) EXCEPT ![1] = 7][3]
Next == UNCHANGED x
====
