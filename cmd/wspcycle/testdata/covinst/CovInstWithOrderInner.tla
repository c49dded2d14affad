---- MODULE CovInstWithOrderInner ----
\* The module CovInstWithOrder instantiates.
EXTENDS Naturals
CONSTANTS A, B
VARIABLES u, v
Init == u = 0 /\ v = A
Next == /\ u < B + B + B
        /\ u' = u + 1
        /\ v' = v + A
Inv == v >= 0
====
