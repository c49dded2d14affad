---- MODULE PtInf ----
EXTENDS Naturals, Integers, TLC, FiniteSets
VARIABLE v
f[n \in Nat] == [x \in Nat |-> IF n = 0 THEN x ELSE f[n-1][x+1]]
ASSUME PrintT(f[3][1])
Init == v = 0
Next == v' = v
====
