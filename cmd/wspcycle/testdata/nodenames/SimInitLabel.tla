---- MODULE SimInitLabel ----
\* TLC's simulator labels a behaviour's first state by its initial
\* predicate: here written in place in Spec, "<Initial predicate line 8,
\* col 9 to line 8, col 13 of module SimInitLabel>" (a named one is "<Init
\* line ... >"); the invariant fails at x = 3 (exit 12).
EXTENDS Naturals
VARIABLE x
Spec == x = 0 /\ [][x' = x + 1]_x
Inv == x < 3
====
