---- MODULE DContInit ----
\* An initial state violating two invariants: with -continue TLC reports
\* both, then its successors' first violated invariant only.
EXTENDS Naturals
VARIABLES x
Init == x = 5
Next == x < 7 /\ x' = x + 1
Inv1 == x < 5
Inv2 == x < 3
====
