---- MODULE E2EnabledSplit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b
K(v) == v
Init == a = 0 /\ b = 0
Next == a < 2 /\ a' = a + 1 /\ b' = b
Inv == ENABLED (a' = a /\ UNCHANGED <<b, K(a)>>)
====
