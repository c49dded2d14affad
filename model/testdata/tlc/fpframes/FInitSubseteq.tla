---- MODULE FInitSubseteq ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({<<1>>} \subseteq {[a |-> 1], [a |-> 2]})
Next == UNCHANGED x
====
