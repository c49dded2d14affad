---- MODULE UnsPrint ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == PrintT(U) /\ x = 0
Next == UNCHANGED x
====
