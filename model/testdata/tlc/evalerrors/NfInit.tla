---- MODULE NfInit ----
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ x[1] = 2
Next == x' = x
====
