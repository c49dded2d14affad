---- MODULE LevelArgEnabled ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3 /\ (x = 2 => ENABLED <>(x = 1))
====
