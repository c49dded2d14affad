---- MODULE FInitTupIn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT(<<1>> \in {[a |-> 1]})
Next == UNCHANGED x
====
