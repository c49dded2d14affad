---- MODULE CaseGuardInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == CASE 1 -> x = 1 [] OTHER -> x = 2
Next == UNCHANGED x
====
