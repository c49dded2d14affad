---- MODULE LevelArgSquare ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
N == x' = (x + 1) % 3 /\ <>(x = 1)
Next == x' = (x + 1) % 3
Spec == Init /\ [][N]_x
====
