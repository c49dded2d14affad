---- MODULE RInvF ----
\* A constant INVARIANT that draws FALSE at load: TLC refuses it (2230).
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == RandomElement({FALSE})
====
