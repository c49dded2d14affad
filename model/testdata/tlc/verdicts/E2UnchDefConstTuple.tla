---- MODULE E2UnchDefConstTuple ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b
T == <<1, 2>>
Init == a = 0 /\ b = 0
Next == a < 2 /\ a' = a + 1 /\ UNCHANGED <<b, T>>
Inv == a <= 2
====
