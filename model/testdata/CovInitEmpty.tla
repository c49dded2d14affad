---- MODULE CovInitEmpty ----
VARIABLE x
Init == x = 1 /\ x = 2
\* INIT without NEXT and no initial state: TLC reports success and no coverage report.
====
