---- MODULE CupInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = {<<1>>} \cup {[a |-> 1]}
Next == UNCHANGED x
====
