---- MODULE SimNoInit ----
\* No initial state: TLC's simulator stops with "There is no state
\* satisfying the initial state predicate." (2118), exit 255.
EXTENDS Naturals
VARIABLE x
Init == x \in {}
Next == x' = x
====
