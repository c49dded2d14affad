---- MODULE AInv ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == Assert(x < 2, "inv")
====
