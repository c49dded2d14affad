---- MODULE FInvSubseteq ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == UNCHANGED x
Inv == PrintT({<<1>>} \subseteq {[a |-> 1], [a |-> 2]})
====
