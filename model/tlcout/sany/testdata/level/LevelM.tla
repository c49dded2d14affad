---- MODULE LevelM ----
VARIABLE v
MEnA(A) == ENABLED A
====
