---- MODULE SimRandInstM ----
EXTENDS Naturals, TLC
CONSTANT Max
K == RandomElement(1..Max)
L == RandomElement(1..1000)
M == RandomElement(1..1000)
L2 == L + RandomElement(1..10)
====
