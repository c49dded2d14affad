---- MODULE E2NextBoxSplit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b
K(v) == v
Init == a = 0 /\ b = 0
Next == a < 2 /\ b' = b /\ [a' = a + 1]_<<K(b), a>>
Inv == a <= 2
====
