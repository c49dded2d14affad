---- MODULE LazyRecArg ----
\* TLC passes a RECURSIVE operator's arguments unevaluated: F never
\* reads y, so 1 \div 0 is never an error. TLC: x runs 0, 1, 2; 3
\* distinct, 3 generated.
EXTENDS Naturals
VARIABLE x
RECURSIVE F(_, _)
F(n, y) == IF n = 0 THEN 0 ELSE F(n - 1, 1 \div 0)
Init == x = 0
Next == x < 2 /\ x' = x + F(2, 0) + 1
====
