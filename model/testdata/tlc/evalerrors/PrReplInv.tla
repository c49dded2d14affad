---- MODULE PrReplInv ----
\* Z <- Over in Init and Next, D == Z in an invariant: D a value from load.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == PrintT("o")
D == Z
Init == x = 0 /\ Z
Next == x' = (x + 1) % 3 /\ Z
Inv == x < 5 /\ D
====
