---- MODULE VAssertCon ----
\* Assert(TRUE, ..) /\ FALSE as a CONSTRAINT: FALSE at load, refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == Assert(TRUE, "x") /\ FALSE
====
