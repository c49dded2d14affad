---- MODULE DotNoField ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = [a |-> 1].
Next == x' = x
====
