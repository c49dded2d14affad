---- MODULE LazyDefPrime ----
\* a is a definition of x', read after the action assigns x'. TLC: x runs
\* 0, 1, 2; 3 distinct, 3 generated.
EXTENDS Naturals
VARIABLE x
Init == x = 0
a == x'
Next == x < 2 /\ x' = x + 1 /\ a > 0
====
