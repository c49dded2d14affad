---- MODULE InitRun ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
InitErr == x = 1 \div 0
Next == x < 4 /\ x' = x + 1
ConsInit == x > 5
====
