---- MODULE RInvT ----
\* A constant INVARIANT that draws TRUE at load: TLC warns (2149) and checks nothing.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == RandomElement({TRUE})
====
