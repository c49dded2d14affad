---- MODULE PrLetAfter ----
\* A LET written after the assignment in Init and Next: TLC evaluates it as an expression, printing once.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ LET a == PrintT("i") IN a /\ a
Next == x' = (x + 1) % 2 /\ LET a == PrintT(x) IN a /\ a
====
