---- MODULE HRecMod ----
EXTENDS Naturals, TLC
RECURSIVE R(_, _)
R(F(_), n) == IF n = 0 THEN F(0) ELSE R(F, n - 1)
====
