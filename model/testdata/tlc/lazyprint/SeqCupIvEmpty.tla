---- MODULE SeqCupIvEmpty ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT(Seq({x}) \cup (1..x))
Next == x' = x + 1 /\ x < 0
====
