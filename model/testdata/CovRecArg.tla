---- MODULE CovRecArg ----
\* SumTo, a RECURSIVE operator, takes the function definition f by name:
\* TLC lists f as an argument of the application, after SumTo's body and
\* before x, counted once per application (9), as x; f being constant,
\* TLC built it before the search: its constructor is not listed.
EXTENDS Naturals
VARIABLE x
f[n \in 0..3] == IF n = 0 THEN 0 ELSE n + f[n - 1]
RECURSIVE SumTo(_, _)
SumTo(g, k) == IF k = 0 THEN g[0] ELSE g[k] + SumTo(g, k - 1)
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ SumTo(f, x) >= 0
====
