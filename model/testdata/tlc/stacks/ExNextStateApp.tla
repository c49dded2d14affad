---- MODULE ExNextStateApp ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
A(i) == x' = <<1>>[i+2]
Init == x = 0
Next == \E i \in x..x : A(i)
====
