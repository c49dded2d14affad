---- MODULE PrecUnchangedPrime ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == UNCHANGED x'
====
