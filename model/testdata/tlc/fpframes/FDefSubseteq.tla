---- MODULE FDefSubseteq ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == {<<1>>} \subseteq {[a |-> 1], [a |-> 2]}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
