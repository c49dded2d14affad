---- MODULE WCmpInit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ x < "a"
Next == x' = x
====
