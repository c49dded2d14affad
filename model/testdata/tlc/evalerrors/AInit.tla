---- MODULE AInit ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ Assert(FALSE, "no")
Next == x' = x
====
