---- MODULE DActErr ----
\* An action property that cannot be evaluated at x = 2: TLC's replay checks
\* it again and prints its stack (an invariant's replay does not).
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = x + 1
Spec == Init /\ [][Next]_x
Up == [][10 \div (2 - x) > 0]_x
====
