---- MODULE ExNextExpanded ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in {1} : x' = <<1>>[i+1]
====
