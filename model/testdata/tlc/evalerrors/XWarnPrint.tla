---- MODULE XWarnPrint ----
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == PrintT("hi") /\ x' = [[y \in Nat |-> y] EXCEPT ![-1] = 0][2] + x[1]
====
