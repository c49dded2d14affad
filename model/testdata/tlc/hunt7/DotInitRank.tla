---- MODULE DotInitRank ----
\* TLC's -dump dot ranks every initial state at level 1, a step written
\* from it or not (x = 1 has none); a later state only when a step is
\* written from it (x = 2 is not ranked).
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x = 0 /\ x' = 2
Spec == Init /\ [][Next]_x
====
