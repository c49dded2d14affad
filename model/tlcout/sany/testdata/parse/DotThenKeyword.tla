---- MODULE DotThenKeyword ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = [a |-> 1].IF
Next == x' = x
====
