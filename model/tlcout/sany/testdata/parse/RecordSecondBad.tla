---- MODULE RecordSecondBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = [a |-> 1, 2]
Next == x' = x
====
