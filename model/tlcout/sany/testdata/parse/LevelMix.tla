---- MODULE LevelMix ----
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x
A == /\ x' = 1
     /\ [](x = 1)
B == \/ <>(x = 2)
     \/ x' = x
C == (x' = 1) ~> (x = 2)
D == [](x = 1) => x' = 2
E == (x' = 1) <=> <>(x = 2)
F == [](x = 1) \/ (x' = 1 /\ <>(x = 3))
====
