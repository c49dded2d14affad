---- MODULE AssumeProveNoProve ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM ASSUME NEW n \in Nat
  n >= 0
====
