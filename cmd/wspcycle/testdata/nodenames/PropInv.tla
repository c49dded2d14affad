---- MODULE PropInv ----
\* A PROPERTY conjunct []P written in place is an invariant named by its
\* whole range: TLC says "Invariant line 8, col 12 to line 8, col 20 of
\* module PropInv is violated." when x reaches 3 (exit 12).
EXTENDS Naturals
VARIABLE x
Spec == x = 0 /\ [][x' = x + 1]_x
Prop == /\ [](x < 3)
        /\ [][x' > x]_x
====
