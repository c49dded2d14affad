---- MODULE XWarnInit ----
EXTENDS Integers
VARIABLE x
Init == x = [[y \in Nat |-> y] EXCEPT ![-1] = 0][2] + x[1]
Next == x' = x
====
