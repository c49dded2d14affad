---- MODULE CupRL ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == LET s == {1} \cup 2 IN <<s>> # <<>>
====
