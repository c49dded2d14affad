---- MODULE LazyParamPrime ----
\* A primed operator parameter assigns the variable the argument names:
\* Inc(x) is x' = x + 1. TLC: x runs 0, 1, 2; 3 distinct, 3 generated.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inc(v) == v' = v + 1
Next == x < 2 /\ Inc(x)
====
