---- MODULE TPrintVar ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
C == PrintT("c")
D == C /\ PrintT("d")
Init == x = 0 /\ D
Next == x' = x /\ PrintT(x)
====
