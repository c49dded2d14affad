---- MODULE FInitFcnCons ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT([i \in {<<1>>, [a |-> 1]} |-> i])
Next == UNCHANGED x
====
