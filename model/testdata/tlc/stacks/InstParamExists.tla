---- MODULE InstParamExists ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(q) == INSTANCE SA WITH b <- q, v <- x
Init == x = 0
Next == \E i \in {2} : P(i)!Step
====
