---- MODULE SimWalkExit ----
\* TLCSet("exit", TRUE) while simulating stops the run with no error.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in 0..2
Next == x' = x + 1 /\ TLCSet("exit", x > 5)
Inv == x < 100
====
