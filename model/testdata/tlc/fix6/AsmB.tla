---- MODULE AsmB ----
EXTENDS TLC, Naturals
VARIABLE x
ASSUME PrintT("b1")
ASSUME 1 \in ((1 :> 1) @@ ("a" :> 2))
ASSUME TLCSet(1, 5)
ASSUME PrintT(TLCGet(1))
ASSUME LET y == PrintT("b5") IN y
Init == x = 0
Next == x' = x
====
