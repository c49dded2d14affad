---- MODULE XPrintUnion3 ----
EXTENDS Integers, TLC, FiniteSets
VARIABLE x
Init == x = 0 /\ PrintT(UNION {{x}, {2}, Nat})
Next == x' = x
====
