---- MODULE D2InitPartialNoNext ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x, y
Init == /\ x = 1
        /\ \/ y = 2
           \/ TRUE
Next == x' = x /\ y' = 3
====
