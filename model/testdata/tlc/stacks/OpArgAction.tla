---- MODULE OpArgAction ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Op(A(_)) == A(1)
St(i) == x' = <<>>[i]
Init == x = 0
Next == Op(St)
====
