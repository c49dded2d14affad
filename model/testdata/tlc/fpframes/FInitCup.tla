---- MODULE FInitCup ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({<<1>>} \cup {[a |-> 1]})
Next == UNCHANGED x
====
