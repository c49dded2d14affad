---- MODULE XExcFcn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in {"a"} |-> 1]
Next == x' = [x EXCEPT !["b"] = @]
Inv == x = x
====
