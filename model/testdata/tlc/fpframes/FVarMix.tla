---- MODULE FVarMix ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ PrintT({<<x>>, <<2>>} \cap {[a |-> 1]})
Next == UNCHANGED x
====
