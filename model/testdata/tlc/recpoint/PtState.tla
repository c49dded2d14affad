---- MODULE PtState ----
EXTENDS Naturals, Integers, TLC, FiniteSets
VARIABLE v
f[n \in Nat] == [x \in 0..2 |-> IF n = 0 THEN x + v ELSE f[n-1][x] + f[n-1][(x+1) % 3]]
Inv == PrintT(f[3][v % 3]) /\ TRUE
Init == v = 0
Next == v < 3 /\ v' = v + 1
====
