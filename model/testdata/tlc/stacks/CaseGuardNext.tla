---- MODULE CaseGuardNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == CASE 1 -> x' = 1 [] OTHER -> x' = 2
====
