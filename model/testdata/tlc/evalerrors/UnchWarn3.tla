---- MODULE UnchWarn3 ----
\* UNCHANGED <<y, x>> after x-prime = 1: y assigned first, x then compared: a warning.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = 1 /\ UNCHANGED <<y, x>>
====
