---- MODULE NextOrPrint ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Over == PrintT("o")
Next == x' = 1 \/ 2
====
