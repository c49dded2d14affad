---- MODULE OpArgConstLambda ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Op(f(_)) == x' = <<>>[f(1)]
Init == x = 0
Next == Op(LAMBDA i : i)
====
