---- MODULE CIfStr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == IF "a" THEN x' = 1 ELSE x' = 2
====
