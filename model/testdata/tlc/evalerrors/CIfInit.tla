---- MODULE CIfInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == IF "a" THEN x = 1 ELSE x = 2
Next == x' = x
====
