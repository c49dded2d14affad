---- MODULE FcnAppComma ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
f == [i \in 1..2 |-> i]
Init == x = f[1,]
Next == x' = x
====
