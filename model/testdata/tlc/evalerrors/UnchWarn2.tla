---- MODULE UnchWarn2 ----
\* UNCHANGED x after every variable is assigned: evaluated as an expression, no warning.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = 1 /\ y' = 0 /\ UNCHANGED x
====
