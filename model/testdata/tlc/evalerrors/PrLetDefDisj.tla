---- MODULE PrLetDefDisj ----
\* The definition inside a disjunction after the assignment: evaluated as an expression, printing once.
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT(x) IN a /\ a
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ (D \/ FALSE)
====
