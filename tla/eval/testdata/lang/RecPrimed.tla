---- MODULE RecPrimed ----
\* A recursive operator applied to primed arguments inside an action, and
\* to an argument it never uses. TLC evaluates arguments lazily; here they
\* are evaluated at the call, which gives the same successors: x' is
\* assigned before Cnt(x') is evaluated, and Pick's unused argument has a
\* value.
EXTENDS Naturals
RECURSIVE Cnt(_), Pick(_, _)
Cnt(n) == IF n = 0 THEN 0 ELSE 1 + Cnt(n - 1)
Pick(n, unused) == IF n = 0 THEN 0 ELSE Pick(n - 1, unused)
VARIABLE x
Init == x = 0
Next == /\ x < 3
        /\ x' \in {x + 1, x + 2}
        /\ Cnt(x') = x'
        /\ Pick(x', x) = 0
====
