---- MODULE SimRandInstN ----
EXTENDS Naturals, TLC
P == RandomElement(1..1000)
Q == RandomElement(1..1000)
====
