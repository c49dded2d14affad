---- MODULE DInvErr ----
\* The invariant cannot be evaluated at x = 2 (a division by zero).
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = x + 1
Inv == 10 \div (2 - x) >= 0
====
