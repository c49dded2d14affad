---- MODULE PrReplDefErr ----
\* E == D + 1 with D <- Over (a boolean): fails at load, silently, and again in Init.
EXTENDS Naturals, TLC
VARIABLE x
D == 1
E == D + 1
Over == PrintT("o")
Init == x = 0 /\ E = 2
Next == x' = (x + 1) % 3 /\ D /\ E = 2
====
