---- MODULE PrRepl1 ----
\* Z <- Over, Over printing: Over is evaluated for Z at load, and again at each use of Z.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == PrintT("o")
Init == x = 0 /\ Z
Next == x' = (x + 1) % 3 /\ Z
====
