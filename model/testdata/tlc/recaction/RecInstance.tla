---- MODULE RecInstance ----
EXTENDS Naturals
VARIABLE x
M == INSTANCE RecA
Init == x = 0
Next == M!Step(1)
Inv == x # 2
====
