---- MODULE ADefInit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a
D == a
Init == D = 0
Next == a < 2 /\ a' = a + 1
Inv == a <= 2
====
