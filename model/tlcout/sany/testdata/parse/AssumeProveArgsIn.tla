---- MODULE AssumeProveArgsIn ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM ASSUME NEW F(_) \in Nat PROVE TRUE
====
