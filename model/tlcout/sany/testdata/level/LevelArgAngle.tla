---- MODULE LevelArgAngle ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
N == <>(x = 1)
P == <><<N>>_x
====
