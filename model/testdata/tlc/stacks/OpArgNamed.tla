---- MODULE OpArgNamed ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Op(f(_, _)) == f(1, "a")
Pl(a, b) == a + b
Init == x = 0
Next == x' = Op(Pl)
====
