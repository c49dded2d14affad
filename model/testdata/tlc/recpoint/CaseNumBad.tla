---- MODULE CaseNumBad ----
EXTENDS Naturals, TLC
VARIABLE v
Init == v = 0
Next == v' = ((CASE 3 -> 1 [] OTHER -> 2) + 1) % 3
====
