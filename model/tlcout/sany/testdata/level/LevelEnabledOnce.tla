---- MODULE LevelEnabledOnce ----
VARIABLE x
Init == x = 0
Next == x' = 1
P == ENABLED (x' = 1 /\ [](x = 1))
====
