---- MODULE MTupInit ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in <<1, 2>>
Next == x' = x
====
