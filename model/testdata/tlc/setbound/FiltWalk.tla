---- MODULE FiltWalk ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
\* A filter of a function set is lazy (TLC's SetPredValue): the \E walks
\* the 400 functions, and the kept ones fill a vector the bound limits.
Next == \E f \in {g \in [1..2 -> 1..20] : g[1] = 1} : x' = f[2]
====
