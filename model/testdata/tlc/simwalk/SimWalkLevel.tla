---- MODULE SimWalkLevel ----
\* TLCGet("level") while simulating: the level of the state extended in
\* Next, the successor's in an invariant.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + TLCGet("level")
Inv == TLCGet("level") < 5 /\ x < 100
====
