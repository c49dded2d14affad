---- MODULE MXSizes ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = {{1,2}, {"a"}}
Next == x' = x
====
