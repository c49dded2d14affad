---- MODULE OpArgLambda ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Op(f(_, _)) == f(1, "a")
Init == x = 0
Next == x' = Op(LAMBDA a, b : a + b)
====
