---- MODULE FInitDiff ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({<<1>>} \ {[a |-> 1]})
Next == UNCHANGED x
====
