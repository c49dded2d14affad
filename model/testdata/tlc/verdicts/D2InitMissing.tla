---- MODULE D2InitMissing ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x, y
Init == x = 1
Next == UNCHANGED <<x, y>>
====
