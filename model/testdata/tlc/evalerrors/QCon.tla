---- MODULE QCon ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
C == x < 1 \/ x[1] = 0
====
