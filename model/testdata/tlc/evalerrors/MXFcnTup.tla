---- MODULE MXFcnTup ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = {<<1,2>>, [i \in 1..2 |-> i], <<3>>}
Next == x' = x
====
