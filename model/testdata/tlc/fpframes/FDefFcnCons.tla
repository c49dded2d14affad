---- MODULE FDefFcnCons ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == [i \in {<<1>>, [a |-> 1]} |-> i]
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
