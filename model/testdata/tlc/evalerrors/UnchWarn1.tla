---- MODULE UnchWarn1 ----
\* x changed, then UNCHANGED x while y has no value: TLC warns (then deadlock).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = 1 - x /\ UNCHANGED x /\ y' = 0
====
