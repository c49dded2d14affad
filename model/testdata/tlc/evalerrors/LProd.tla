---- MODULE LProd ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ <<1, 2>> \in 3 \X {2}
Next == x' = x
====
