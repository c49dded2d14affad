---- MODULE UnchWarn5 ----
\* x changed, UNCHANGED x, then y: a warning.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = 1 /\ UNCHANGED x /\ y' = 0 /\ x < 3
====
