---- MODULE B2SubseteqShape ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({[a |-> 1]} \subseteq {<<1>>, <<2>>})
Next == UNCHANGED x
====
