---- MODULE CovCondBranch ----
\* Conditions of Next met once every variable has a value, one branching (an IF in Q): TLC evaluates each as an expression, its tree the expression's.
EXTENDS Naturals, TLC
VARIABLE x
P(t) == x < 3 /\ t
Q(t) == IF x > 0 THEN t ELSE t
Init == /\ x = 0
        /\ P(TRUE) /\ x # 5
        /\ Q(TRUE) /\ x # 6
Next == /\ x < 2
        /\ x' = x + 1
        /\ P(TRUE) /\ x # 5
        /\ Q(TRUE) /\ x # 6
====
