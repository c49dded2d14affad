---- MODULE LevelRecursive ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
RECURSIVE R(_)
R(n) == IF n = 0 THEN TRUE ELSE R(n - 1)
P == []<>(x = 0) /\ R(3)
====
