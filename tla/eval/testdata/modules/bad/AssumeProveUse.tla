---- MODULE AssumeProveUse ----
\* SANY: "ASSUME/PROVE used where an expression is required" at the use
\* of T (line 6, col 8).
EXTENDS Naturals
THEOREM T == ASSUME NEW n \in Nat PROVE n + 0 = n
ASSUME T
====
