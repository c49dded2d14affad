---- MODULE SetMapMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == m \in {IF i = 1 THEN 1 ELSE "a" : i \in 1..2}
====
