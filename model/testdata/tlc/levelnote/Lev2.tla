---- MODULE Lev2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
S == {1} \X {x'}
Inv == S = {}
====
