---- MODULE LNotIn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ <<1>> \notin Seq(3)
Next == x' = x
====
