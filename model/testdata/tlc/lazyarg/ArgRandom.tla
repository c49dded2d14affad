---- MODULE ArgRandom ----
EXTENDS Naturals, TLC
VARIABLE x
A(v) == x' = v
Init == x = 0
Next == A(RandomElement(1..100))
Inv == x < 97
====
