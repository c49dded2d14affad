---- MODULE EmptyCupSeq ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT({} \cup Seq({x}))
Next == x' = x + 1 /\ x < 0
====
