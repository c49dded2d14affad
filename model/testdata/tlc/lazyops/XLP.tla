---- MODULE XLP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(3 \X {1}) /\ x = 0
Next == x' = x
====
