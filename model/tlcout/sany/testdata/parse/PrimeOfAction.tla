---- MODULE PrimeOfAction ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = 1 /\ (x' + Max)' = 2
====
