---- MODULE RecordSetNoValue ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in [a : ]
Next == x' = x
====
