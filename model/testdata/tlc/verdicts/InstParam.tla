---- MODULE InstParam ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b
M(v) == INSTANCE InstM WITH x <- v
Init == a = 0 /\ b = 5
Next == a < 3 /\ M(a)!Inc /\ M(b)!Stay
Inv == M(a)!Val + M(b)!Val = a + 5
====
