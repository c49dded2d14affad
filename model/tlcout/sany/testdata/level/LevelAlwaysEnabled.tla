---- MODULE LevelAlwaysEnabled ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
En(A) == ENABLED A
P == []<>En(x' = x + 1)
====
