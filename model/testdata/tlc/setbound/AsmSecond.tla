---- MODULE AsmSecond ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
ASSUME TRUE
ASSUME LET S == {i : i \in 1..20} IN S # {}
ASSUME PrintT("after")
====
