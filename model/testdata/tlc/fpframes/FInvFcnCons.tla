---- MODULE FInvFcnCons ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == UNCHANGED x
Inv == PrintT([i \in {<<1>>, [a |-> 1]} |-> i])
====
