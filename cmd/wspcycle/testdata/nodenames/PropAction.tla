---- MODULE PropAction ----
\* A PROPERTY conjunct [][A]_v written in place over two lines is named by
\* its whole range: TLC says "Action property line 9, col 12 to line 10,
\* col 28 of module PropAction is violated." on the step from 2 to 0
\* (exit 13).
EXTENDS Naturals
VARIABLE x
Spec == x = 0 /\ [][x' = (x + 1) % 3]_x
Prop == /\ [][ \/ x' > x
               \/ x' = 7 ]_x
        /\ [](x < 5)
====
