---- MODULE OrderApply ----
EXTENDS TLC, Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ (("b" :> x) @@ ("a" :> 2))["c"] = 1
====
