---- MODULE FNextRcdSet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT([a : {1}] \cap {<<1>>})
====
