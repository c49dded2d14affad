---- MODULE FNextAsExcept ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = [{1} EXCEPT ![1] = 0]
====
