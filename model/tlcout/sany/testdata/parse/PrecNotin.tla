---- MODULE PrecNotin ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \notin {} \notin {}
Next == x' = x
====
