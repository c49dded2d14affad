---- MODULE EnInv ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 5 /\ x' = x + 1
A == x' = x /\ (x < 2 \/ x[1] = 0)
Prop == [](ENABLED A => x < 10)
====
