---- MODULE ExNextStateInner ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in x..x : \E j \in {1} : x' = <<1>>[i+j+1]
====
