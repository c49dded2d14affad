---- MODULE ApplyOverStrings ----
EXTENDS TLC, Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ ("b" :> x)["c"] = 1
====
