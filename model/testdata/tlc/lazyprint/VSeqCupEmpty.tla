---- MODULE VSeqCupEmpty ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLES x, y
g(a) == a + 1
Init == x = 0 /\ y = 0
Next == x < 1 /\ x' = x + 1 /\ y' = Seq({x}) \cup {}
====
