---- MODULE KNegStr ----
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = -"a"
====
