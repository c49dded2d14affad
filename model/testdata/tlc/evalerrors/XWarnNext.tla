---- MODULE XWarnNext ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = [[y \in Nat |-> y] EXCEPT ![-1] = 0][2] + x[1]
====
