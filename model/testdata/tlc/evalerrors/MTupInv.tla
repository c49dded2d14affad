---- MODULE MTupInv ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x
Inv == x \in <<1, 2>>
====
