---- MODULE PrintSeqCup ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ Print(Seq({x}) \cup {}, TRUE)
Next == x' = x + 1 /\ x < 0
====
