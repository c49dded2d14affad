---- MODULE UniL ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == LET s == UNION {1} IN <<s>> # <<>>
====
