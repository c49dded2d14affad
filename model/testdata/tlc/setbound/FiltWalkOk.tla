---- MODULE FiltWalkOk ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
\* A filter of a function set is lazy (TLC's SetPredValue): the \E walks
\* the 400 functions, and ten are kept: the walk of the base is not bounded.
Next == \E f \in {g \in [1..2 -> 1..20] : g[1] = 1 /\ g[2] <= 10} : x' = f[2]
====
