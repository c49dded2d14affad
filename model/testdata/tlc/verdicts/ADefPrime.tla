---- MODULE ADefPrime ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a
D == a
Init == a = 0
Next == a < 2 /\ D' = a + 1
Inv == a <= 2
====
