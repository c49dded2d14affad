---- MODULE MV ----
EXTENDS Naturals
CONSTANT K
VARIABLE v
Next == v' = v + K
====
