---- MODULE WFcnPlus ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [y \in {1} |-> y] @@ 3
====
