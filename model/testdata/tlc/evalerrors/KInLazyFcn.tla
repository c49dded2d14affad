---- MODULE KInLazyFcn ----
EXTENDS Integers, TLC, FiniteSets
CONSTANT M
VARIABLE x
Init == x = (1 \in [i \in Nat |-> i])
Next == x' = x
====
