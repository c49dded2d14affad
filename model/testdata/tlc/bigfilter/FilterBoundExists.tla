---- MODULE FilterBoundExists ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \E f \in {g \in [1..3 -> 1..2000] : g[1] = 1} : x' = f[2]
====
