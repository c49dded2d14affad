---- MODULE TSSeqCupEmpty ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT(ToString(Seq({x}) \cup {}))
Next == x' = x + 1 /\ x < 0
====
