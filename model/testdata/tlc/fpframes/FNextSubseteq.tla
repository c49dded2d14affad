---- MODULE FNextSubseteq ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT({<<1>>} \subseteq {[a |-> 1], [a |-> 2]})
====
