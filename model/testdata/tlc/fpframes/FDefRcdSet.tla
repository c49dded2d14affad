---- MODULE FDefRcdSet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == [a : {1}] \cap {<<1>>}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
