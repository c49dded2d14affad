---- MODULE PrReplDefUse ----
\* E == D /\ TRUE with D <- Over: E a value from load, D printing at each use.
EXTENDS Naturals, TLC
VARIABLE x
D == TRUE
E == D /\ TRUE
Over == PrintT("o")
Init == x = 0 /\ E
Next == x' = (x + 1) % 3 /\ D /\ E
====
