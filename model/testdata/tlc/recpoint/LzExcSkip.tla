---- MODULE LzExcSkip ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
F == [i \in 0..2 |-> 6 \div i]
Init == x = [F EXCEPT ![5] = 7][1]
Next == UNCHANGED x
====
