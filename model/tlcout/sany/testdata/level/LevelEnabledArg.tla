---- MODULE LevelEnabledArg ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
En(A) == ENABLED A
P == []<>(x = 0) /\ En(x' = x + 1)
====
