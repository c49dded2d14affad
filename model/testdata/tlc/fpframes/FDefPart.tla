---- MODULE FDefPart ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
S == {<<1>>, <<2>>}
Init == x = 0 /\ PrintT(S \cap {[a |-> 1]})
Next == UNCHANGED x
====
