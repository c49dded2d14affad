---- MODULE FcnBool ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT([{x + 1} -> BOOLEAN])
Next == x' = x + 1 /\ x < 0
====
