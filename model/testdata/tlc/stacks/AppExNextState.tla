---- MODULE AppExNextState ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
A(y) == \E i \in x..x : x' = <<1>>[i+y]
Init == x = 0
Next == A(2)
====
