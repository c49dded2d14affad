---- MODULE SuccFcn ----
\* A function definition applied as a conjunct of an action is expanded,
\* as TLC does (its body is an action with the argument bound), recursive
\* applications included. Worked out by hand:
\*   g[1] is UNCHANGED x: it assigns x', one successor per state.
\*   R[2] is R[1] \/ 2 = 2 (n # 0), R[1] is R[0] \/ 1 = 2, R[0] is TRUE:
\*   R[2] holds in two ways (R[1] through R[0], and 2 = 2), and x' is
\*   assigned after it: two successors per state.
\*   x = 0 and x = 1 also have x' = x + 1. States 0, 1, 2:
\*   generated = 1 + (1 + 1 + 2) + (1 + 1 + 2) + (1 + 2) = 12, distinct 3,
\*   depth 3. TLC reports the same.
EXTENDS Naturals
VARIABLE x
Init == x = 0
g[i \in {1}] == UNCHANGED x
R[n \in 0..2] == IF n = 0 THEN TRUE ELSE (R[n - 1] \/ n = 2)
Next == (x < 2 /\ x' = x + 1) \/ g[1] \/ (R[2] /\ x' = x)
====
