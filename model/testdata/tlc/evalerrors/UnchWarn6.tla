---- MODULE UnchWarn6 ----
\* The warning met on each state: printed with the hint, then once more without (as any warning).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 3 /\ UNCHANGED x /\ y' = 0
        \/ x' = (x + 1) % 3 /\ y' = y
====
