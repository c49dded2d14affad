---- MODULE RecOutDomain ----
\* A recursive function applied outside its domain: TLC's FcnLambdaValue
\* words it, printing the function tabulated.
EXTENDS Naturals, TLC
VARIABLE x
f[n \in 1..3] == IF n = 1 THEN 1 ELSE f[n-1] + 1
Init == x = 0 /\ PrintT(f[4])
Next == UNCHANGED x
====
