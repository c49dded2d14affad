---- MODULE PrCov ----
\* Under -coverage: printing definitions still evaluated at load, used or not, values where used (Init lists only x = 0).
EXTENDS Naturals, TLC
VARIABLE x
D == PrintT("d")
U == PrintT("u")
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ D
====
