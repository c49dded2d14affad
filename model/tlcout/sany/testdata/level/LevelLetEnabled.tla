---- MODULE LevelLetEnabled ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
P == []<>(x = 0) /\ (LET A == x' = x + 1 IN ENABLED A)
====
