---- MODULE PtTwoBind ----
EXTENDS Naturals, Integers, TLC, FiniteSets
VARIABLE v
f[n \in Nat] == [x \in 1..2, y \in {"a","b"} |-> IF n = 0 THEN <<x,y>> ELSE f[n-1][x,y]]
ASSUME PrintT(f[3][2,"b"])
ASSUME PrintT(f[3][<<1,"a">>])
Init == v = 0
Next == v' = v
====
