---- MODULE ExNextStateApps ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
B(i) == x' = <<1>>[i+2]
A(i) == B(i+0)
Init == x = 0
Next == \E i \in x..x : A(i)
====
