---- MODULE AsmMap ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
ASSUME {i : i \in 1..20} # {}
====
