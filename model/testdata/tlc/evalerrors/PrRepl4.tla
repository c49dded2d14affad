---- MODULE PrRepl4 ----
\* D == Z with Z <- Over: D is a value from load (printed once there), Z evaluated for it.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == PrintT("o")
D == Z
Init == x = 0 /\ D
Next == x' = (x + 1) % 3 /\ D
====
