---- MODULE FInitRcdSet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT([a : {1}] \cap {<<1>>})
Next == UNCHANGED x
====
