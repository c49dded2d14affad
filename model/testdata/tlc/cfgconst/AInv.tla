---- MODULE AInv ----
\* Assert(TRUE, ..) evaluated at load: a constant INVARIANT equal to TRUE, warned.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
EA == Assert(TRUE, "x")
====
