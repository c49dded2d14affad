---- MODULE FInvDiff ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == UNCHANGED x
Inv == PrintT({<<1>>} \ {[a |-> 1]})
====
