---- MODULE RecordNoValue ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = [a |-> ]
Next == x' = x
====
