---- MODULE InvInit ----
\* An invariant that the only initial state violates.
VARIABLES x, y
Init == x = 0 /\ y = 1
Next == UNCHANGED <<x, y>>
Inv == x = 1
====
