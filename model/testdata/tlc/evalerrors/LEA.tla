---- MODULE LEA ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 5 /\ x' = x + 1
Prop == <>[](x < 2 \/ x[1] = 0)
====
