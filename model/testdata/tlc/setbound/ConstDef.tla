---- MODULE ConstDef ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
Big == {i : i \in 1..20}
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == Big # {}
====
