---- MODULE SimRandInstE ----
EXTENDS Naturals, TLC
E1 == RandomElement(1..1000)
====
