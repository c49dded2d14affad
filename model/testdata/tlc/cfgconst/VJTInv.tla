---- MODULE VJTInv ----
\* JavaTime < 0 as an INVARIANT: FALSE at load, refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == JavaTime < 0
====
