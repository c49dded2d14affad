---- MODULE RecConstError ----
\* A constant-level definition that applies a RECURSIVE operator and fails:
\* TLC evaluates constant definitions before the search but reports the
\* failure only where the value is needed (here once x = 1).
EXTENDS Naturals
RECURSIVE Depth(_)
Depth(n) == IF n = 0 THEN 0 ELSE 1 + Depth(n - 1)
Bad == CHOOSE i \in 1..3 : Depth(i) > 5
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x = 0 \/ Bad = 1
====
