---- MODULE CovNextErr ----
\* Jump fails to evaluate in n = 2 (a division by zero, which TLC reports
\* as its own evaluation error): TLC prints the trace to n = 2, then
\* evaluates the whole trace once more and Next in n = 2 up to the error.
EXTENDS Naturals
VARIABLE n
Init == n \in {0, 5}
Jump == n = 2 /\ n' = n \div 0
Step == n < 9 /\ n' = n + 1
Next == Jump \/ Step
====
