---- MODULE B2SubsetMemShape ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({[a |-> 1]} \in SUBSET {<<1>>})
Next == UNCHANGED x
====
