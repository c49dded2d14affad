---- MODULE QuantAction ----
\* Each copy of the body of a quantified PROPERTY conjunct is split as a
\* conjunct is: [](x < 9) an invariant, [][x' > x - i]_x an action
\* property named by its range; TLC says "Action property line 10, col 30
\* to line 10, col 45 of module QuantAction is violated." on the step from
\* 5 to 0 (exit 13).
EXTENDS Naturals
VARIABLE x
Prop == \A i \in {1, 2} : /\ [](x < 9)
                          /\ [][x' > x - i]_x
Spec == x = 0 /\ [][x' = (x + 1) % 6]_x
====
