---- MODULE ProdSmallNat ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT({x} \X (1..3) \X [a : {x}])
Next == x' = x + 1 /\ x < 0
====
