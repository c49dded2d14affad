---- MODULE CovShared ----
\* Two actions of Next with one predicate, Step's body (Step(1) \/
\* Step(2)): TLC keeps one coverage tree for both, and lists one entry,
\* Step, with the counts of both actions summed; we listed two.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Step(i) == /\ x + i < 6
           /\ IF i = 1 THEN x % 2 = 0 ELSE TRUE
           /\ x' = x + i
Next == Step(1) \/ Step(2) \/ (x = 5 /\ x' = 0)
====
