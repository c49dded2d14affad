---- MODULE LevelRecursiveArg ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
RECURSIVE R(_, _)
R(n, a) == IF n = 0 THEN TRUE ELSE R(n - 1, a)
P == []<>(x = 0) /\ R(3, x' = 1)
====
