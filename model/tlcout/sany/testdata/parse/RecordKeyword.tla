---- MODULE RecordKeyword ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = [THEN |-> 1, ELSE |-> 2]
Next == x' = x
====
