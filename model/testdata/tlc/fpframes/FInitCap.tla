---- MODULE FInitCap ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({<<1>>, <<2>>} \cap {[a |-> 1]})
Next == UNCHANGED x
====
