---- MODULE ALetInit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a
Init == LET v == a IN v \in {0, 1}
Next == a < 2 /\ a' = a + 1
Inv == a <= 2
====
