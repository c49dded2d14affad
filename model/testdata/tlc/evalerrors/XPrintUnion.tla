---- MODULE XPrintUnion ----
EXTENDS Integers, TLC, Sequences, FiniteSets
VARIABLE x
Init == x = 0 /\ PrintT(UNION {{x}, Nat})
Next == x' = x
====
