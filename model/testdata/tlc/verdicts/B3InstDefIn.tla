---- MODULE B3InstDefIn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE y
M == INSTANCE InstM WITH x <- y
Init == M!Val \in {0, 1}
Next == y < 2 /\ M!Val' \in {y + 1}
Inv == y <= 2
====
