---- MODULE InvIdx ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == {<<a, b>> \in {<<1>>} : TRUE} # {}
====
