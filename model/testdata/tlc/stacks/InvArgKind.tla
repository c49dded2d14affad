---- MODULE InvArgKind ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Inv == x < 2
Init == x = 0
Next == x' = IF x = 1 THEN "a" ELSE x + 1
====
