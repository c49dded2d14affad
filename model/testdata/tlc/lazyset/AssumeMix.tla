---- MODULE AssumeMix ----
EXTENDS Naturals
CONSTANT m
VARIABLE x
ASSUME m \notin {1, "a"}
Init == x = 0
Next == x' = x
====
