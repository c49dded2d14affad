---- MODULE OpArgLambdaAction ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Op(A(_)) == A(1) /\ x' = 2
Init == x = 0
Next == Op(LAMBDA i : x' = <<>>[i])
====
