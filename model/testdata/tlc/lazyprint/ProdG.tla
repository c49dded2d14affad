---- MODULE ProdG ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT({g(x)} \X {1, 2})
Next == x' = x + 1 /\ x < 0
====
