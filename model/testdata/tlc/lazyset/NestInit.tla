---- MODULE NestInit ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = {{1}, {"a"}}
Next == x' = x
Inv == TRUE
====
