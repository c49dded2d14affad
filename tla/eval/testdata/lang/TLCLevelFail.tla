---- MODULE TLCLevelFail ----
\* The invariant reads the level of the state it is checked in.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == TLCGet("level") < 3
====
