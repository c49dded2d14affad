---- MODULE AppConstArg ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
A(v) == x' = <<>>[v]
Init == x = 0
Next == A(1)
====
