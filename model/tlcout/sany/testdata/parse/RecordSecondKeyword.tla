---- MODULE RecordSecondKeyword ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = [a |-> 1, ELSE |-> 2]
Next == x' = x
====
