---- MODULE CIfInt ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == IF 1 THEN x' = 1 ELSE x' = 2
====
