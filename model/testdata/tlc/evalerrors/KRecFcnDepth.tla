---- MODULE KRecFcnDepth ----
EXTENDS Naturals, TLC
VARIABLE x
f[n \in Nat] == IF n < 0 THEN 0 ELSE f[n + 1]
Init == x = 0
Next == x < 1 /\ x' = f[0]
====
