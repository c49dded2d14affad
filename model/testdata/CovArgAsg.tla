---- MODULE CovArgAsg ----
\* B's argument read in three disjuncts, each assigning z': counted once
\* per application of B (TLC's LazyValue, cached across the branches).
EXTENDS Naturals
VARIABLES x, y, z
A(p) == /\ p > 0
        /\ x' = p % 3
        /\ p < 10
        /\ y' = p % 2
        /\ p + 1 > 0
B(p) == \/ p > 5 /\ z' = 0
        \/ p < 10 /\ z' = 1
        \/ p > 100 /\ UNCHANGED z
Next == \E s \in {1, 2} : A(x + s) /\ B(x + s + y)
Init == x = 0 /\ y = 0 /\ z = 0
====
