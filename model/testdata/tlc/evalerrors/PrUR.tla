---- MODULE PrUR ----
EXTENDS TLC, Naturals
CONSTANT K
Zeta == RandomElement(1..1000)
Alpha == RandomElement(1..1000)
Mid == RandomElement(1..1000)
Bb == RandomElement(1..1000)
====
