---- MODULE LazyNextUnion ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = UNION {1..8, 5..10}
====
