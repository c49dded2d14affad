---- MODULE FNextFcnCons ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT([i \in {<<1>>, [a |-> 1]} |-> i])
====
