---- MODULE PrLetOp ----
\* A printing operator with a parameter: at each use; D == F(1) once at load.
EXTENDS Naturals, TLC
VARIABLE x
F(n) == PrintT(n)
D == F(1)
Init == x = 0 /\ D /\ F(2)
Next == x' = (x + 1) % 2 /\ F(3)
====
