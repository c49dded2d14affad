---- MODULE MTupNext ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' \in <<1, 2>>
====
