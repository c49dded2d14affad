---- MODULE TupleSubscript ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Spec == [][x' = x]_<<x
Next == x' = x
====
