---- MODULE NInvQ ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \A i \in 1..2 : LET z == x[i] IN z = 0
====
