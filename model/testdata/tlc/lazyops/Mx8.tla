---- MODULE Mx8 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \E t \in {0} \X {1, "a"} : TRUE
====
