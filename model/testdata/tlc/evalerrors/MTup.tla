---- MODULE MTup ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x /\ 1 \in <<1, 2>>
====
