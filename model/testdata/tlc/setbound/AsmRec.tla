---- MODULE AsmRec ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
RECURSIVE P(_)
P(n) == IF n = 0 THEN {<<>>} ELSE UNION {{s \o <<i>> : i \in 1..3} : s \in P(n-1)}
ASSUME \/ \E p \in P(3) : PrintT(p) /\ FALSE
       \/ PrintT("none")
====
