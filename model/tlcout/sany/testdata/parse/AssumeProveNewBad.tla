---- MODULE AssumeProveNewBad ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM ASSUME NEW 1 PROVE TRUE
====
