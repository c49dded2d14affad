---- MODULE ALetPrimeIn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a
Init == a = 0
Next == LET v == a IN a < 2 /\ v' \in {a + 1}
Inv == a <= 2
====
