---- MODULE DotUnnamed ----
\* An inline next-state action has no name: TLC's DOT file labels and
\* colours its steps "UnnamedAction".
EXTENDS Naturals
VARIABLE x
Spec == x = 0 /\ [][x < 2 /\ x' = x + 1]_x
====
