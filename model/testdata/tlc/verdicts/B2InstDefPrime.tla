---- MODULE B2InstDefPrime ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE y
M == INSTANCE InstM WITH x <- y
Init == y = 0
Next == y < 2 /\ M!Val' = y + 1
Inv == y <= 2
====
