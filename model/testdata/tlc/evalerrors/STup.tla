---- MODULE STup ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in SUBSET <<1>>
Next == x' = x
====
