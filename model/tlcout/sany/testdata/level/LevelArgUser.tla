---- MODULE LevelArgUser ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
G(a) == ENABLED a
P == []G(<>(x = 1))
====
