---- MODULE Mx4 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \E t \in {1, "a"} \X {0} : TRUE
====
