---- MODULE XWarnCon ----
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Con == x < 2 /\ PrintT("hi") /\ [[y \in Nat |-> y] EXCEPT ![-1] = 0][2] + x[1] = 3
====
