---- MODULE PtTupArg ----
EXTENDS Naturals, Integers, TLC, FiniteSets
VARIABLE v
f[n \in Nat] == [p \in {1,2} \X {3} |-> IF n = 0 THEN p ELSE f[n-1][p[1], p[2]]]
ASSUME PrintT(f[2][2,3])
Init == v = 0
Next == v' = v
====
