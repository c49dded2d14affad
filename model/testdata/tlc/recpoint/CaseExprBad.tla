---- MODULE CaseExprBad ----
EXTENDS Naturals, TLC
VARIABLE v
Init == v = 0
Next == v' = ((CASE v -> 1 [] OTHER -> 2) + 1) % 3
====
