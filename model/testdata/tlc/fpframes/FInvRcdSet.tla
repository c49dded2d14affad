---- MODULE FInvRcdSet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == UNCHANGED x
Inv == PrintT([a : {1}] \cap {<<1>>})
====
