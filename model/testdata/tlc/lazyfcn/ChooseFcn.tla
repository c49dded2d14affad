---- MODULE ChooseFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == (CHOOSE f \in {[y \in Nat |-> y]} : TRUE)[1] = 1
====
