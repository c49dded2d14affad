---- MODULE AsmA ----
EXTENDS TLC, Naturals
VARIABLE x
ASSUME PrintT("a1")
ASSUME ((1 :> 1) @@ ("a" :> 2)) = 3
ASSUME PrintT("a3")
ASSUME Print("a4", TRUE)
Init == x = 0
Next == x' = x
====
