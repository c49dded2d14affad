---- MODULE UnchWarn4 ----
\* UNCHANGED x before x-prime = 1: the assignment compares, no warning.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == UNCHANGED x /\ x' = 1 /\ y' = 0
====
