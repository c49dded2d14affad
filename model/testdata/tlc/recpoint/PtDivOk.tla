---- MODULE PtDivOk ----
EXTENDS Naturals, Integers, TLC, FiniteSets
VARIABLE v
f[n \in Nat] == [x \in 1..3 |-> IF n = 0 THEN 6 \div (x-2) ELSE f[n-1][x]]
ASSUME PrintT(f[2][1])
Init == v = 0
Next == v' = v
====
