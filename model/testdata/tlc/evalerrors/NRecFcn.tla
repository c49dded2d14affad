---- MODULE NRecFcn ----
EXTENDS Naturals
VARIABLE x
f[n \in 0..3] == IF n = 0 THEN n[1] ELSE f[n - 1]
Init == x = 0
Next == x' = f[2]
====
