---- MODULE MTupSucc ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 1 \/ x \in <<1, 2>>
====
