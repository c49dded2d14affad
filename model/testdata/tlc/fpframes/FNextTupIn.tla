---- MODULE FNextTupIn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT(<<1>> \in {[a |-> 1]})
====
