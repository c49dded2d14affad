---- MODULE AsmVars ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
ASSUME {i : i \in 1..20} # {}
Init == x = 0
Next == UNCHANGED x
====
