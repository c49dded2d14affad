---- MODULE CovAppArg ----
\* An application whose arguments read the state is one action of TLC's
\* split, located at the application (Step(x + 1, y), which TLC's report
\* sorts by): one entry for Step's two disjuncts, named with the
\* application's range, its body's tree and then the arguments, evaluated
\* once per application (25 times each) however often Step uses them.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Step(v, w) == \/ /\ v < 4
                 /\ x' = v
                 /\ UNCHANGED y
              \/ /\ w < 3
                 /\ v > 1
                 /\ y' = w + 1
                 /\ UNCHANGED x
Bump(n) == /\ x < 3
           /\ x' = x + n
           /\ y' = y
Next == \/ Step(x + 1, y)
        \/ Bump(1)
====
