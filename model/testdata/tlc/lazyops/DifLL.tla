---- MODULE DifLL ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == LET s == 1 \ {2} IN <<s>> # <<>>
====
