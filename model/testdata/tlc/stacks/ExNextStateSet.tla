---- MODULE ExNextStateSet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in x..x : x' = <<1>>[i+5]
====
