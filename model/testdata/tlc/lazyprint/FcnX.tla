---- MODULE FcnX ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT([{1} -> {x, 3}])
Next == x' = x + 1 /\ x < 0
====
