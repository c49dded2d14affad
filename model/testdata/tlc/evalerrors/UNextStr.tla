---- MODULE UNextStr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == IF x = 0 THEN x' = 1 ELSE "a"
====
