---- MODULE LevelOtherError ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
P == []<>(x = 0) /\ (x' = 1)
Q == y + 1
====
