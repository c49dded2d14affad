---- MODULE OpArgPlusInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Op(f(_, _), a) == f(1, a)
Init == x = Op(+, "a")
Next == UNCHANGED x
====
