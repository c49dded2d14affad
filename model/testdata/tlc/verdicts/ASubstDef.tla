---- MODULE ASubstDef ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE y
D == y
M == INSTANCE InstM WITH x <- D
Init == y = 0
Next == y < 3 /\ M!Inc
Inv == y <= 3
====
