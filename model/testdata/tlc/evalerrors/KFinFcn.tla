---- MODULE KFinFcn ----
EXTENDS Integers, TLC, FiniteSets
CONSTANT M
VARIABLE x
Init == x = 0 /\ PrintT(<<IsFiniteSet(<<1>>), IsFiniteSet([a |-> 1]), IsFiniteSet([i \in 1..2 |-> i]), IsFiniteSet(<<>>), IsFiniteSet([i \in {"a","b"} |-> i])>>)
Next == x' = x
====
