---- MODULE LevelUnusedArgList ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
K(a, b) == a
P == /\ []<>(x = 0)
     /\ K(TRUE, x' = 1)
====
