---- MODULE ExNextInnerState ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in {1} : \E j \in x..x : x' = <<1>>[i+j+1]
====
