---- MODULE PrLetDefInv ----
\* One printing definition as a conjunct of Init, of Next and as the invariant: once per evaluation each.
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT(x) IN a /\ a
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ D
Inv == D
====
