---- MODULE Inline ----
\* An inline next-state relation has no definition to name its actions:
\* TLC calls each "Action", with its own range.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Spec == Init /\ [][\/ x' = (x + 1) % 5
                   \/ x' = (x + 2) % 5]_x
Inv == x # 3
====
